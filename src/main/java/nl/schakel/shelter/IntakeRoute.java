package nl.schakel.shelter;

/** How people reach a service. */
public enum IntakeRoute {
    CARE_COORDINATOR, COMENSHA, NIDOS, DIRECT
}
