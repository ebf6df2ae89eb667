package nl.schakel.monitoring;

/** The sub-regions of Midden-Nederland as the region's own tables use them (001 §1.3). */
public enum SubRegion {
    FLEVOLAND, GOOI_EN_VECHT, UTRECHT
}
