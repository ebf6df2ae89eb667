package nl.schakel.directory;

/** The phases of the chain in the "wie doet wat" view, in route order. */
public enum Phase {
    SIGNALLING, REPORTING, WEIGHING, ROUTING, SHELTER_CARE, INVESTIGATION_ENFORCEMENT
}
