package nl.schakel.stacking;

/**
 * How a signal an escalation counted is linked to the escalated subject: the subject itself, a person proposed as
 * probably the same ("waarschijnlijk dezelfde persoon", not yet confirmed), or no longer counted (a link rejected
 * or a merge split after the escalation).
 */
public enum EscalatedLink {
    SAME, PROBABLE, REMOVED;

    /** Whether the signal counts towards the escalation. */
    public boolean counts() {
        return this != REMOVED;
    }
}
