package nl.schakel.meetings;

/** What a series may discuss. The Regietafel "behandelt zelf geen individuele casuïstiek" (001 §2.3). */
public enum ContentRule {
    CASES_AND_SIGNALS, TRENDS_ONLY;

    /** Whether an item of this kind may be on the agenda. */
    public boolean admits(ItemKind kind) {
        return this == CASES_AND_SIGNALS || !kind.isIndividual();
    }
}
