package nl.schakel.organisations;

/** The labour inspectorate's two departments, which weigh signals with different thresholds. */
public enum Department {
    OPSPORING, TOEZICHT
}
