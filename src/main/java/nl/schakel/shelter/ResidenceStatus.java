package nl.schakel.shelter;

/** Whether the person has legal residence; undocumented people need a service that accepts them (B8, COSM). */
public enum ResidenceStatus {
    LEGAL, UNDOCUMENTED
}
