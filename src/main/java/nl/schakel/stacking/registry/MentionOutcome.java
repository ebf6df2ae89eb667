package nl.schakel.stacking.registry;

/** How a signal's mention was linked to its subject: by exact identity, by the matcher, or as a new subject. */
public enum MentionOutcome {
    EXACT, LINKED, NEW
}
