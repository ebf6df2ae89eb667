package nl.schakel.care;

/** What the victim decided in the B8 reflection period: report (aangifte), cooperate otherwise, no, or not yet. */
public enum B8Decision {
    AANGIFTE, COOPERATION, NO, PENDING;

    public boolean decided() {
        return this != PENDING;
    }
}
