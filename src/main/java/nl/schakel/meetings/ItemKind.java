package nl.schakel.meetings;

/** What an agenda item is about. */
public enum ItemKind {
    SIGNAL, CASE, TREND_PACK, THEME, ACTION_LIST;

    /** About individual people (casuïstiek): refused by a trends-only table, and shown only on need-to-know. */
    public boolean isIndividual() {
        return this == SIGNAL || this == CASE;
    }

    /** Kinds an organiser adds by hand with a title (signals and cases come with "Naar overleg"). */
    public static ItemKind[] titled() {
        return new ItemKind[] {TREND_PACK, THEME};
    }
}
