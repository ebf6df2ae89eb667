package nl.schakel.shelter;

/** The sub-regions a service serves; NATIONAL serves every one of them. */
public enum ServiceArea {
    UTRECHT, FLEVOLAND, GOOI_EN_VECHT, NATIONAL
}
