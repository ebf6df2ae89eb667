package nl.schakel.shelter;

/** Whom a service is for. */
public enum Target {
    VICTIM, PERPETRATOR
}
