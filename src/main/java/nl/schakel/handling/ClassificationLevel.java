package nl.schakel.handling;

/** Veilig Thuis' four levels (domain §6), from least to most serious. */
public enum ClassificationLevel {
    NO_TRAFFICKING, NO_TRAFFICKING_RISK_FACTORS, POSSIBLE_TRAFFICKING, TRAFFICKING;

    /** Setting this level needs a second authorised person (four eyes). */
    public boolean needsSecondPerson() {
        return this == TRAFFICKING;
    }
}
