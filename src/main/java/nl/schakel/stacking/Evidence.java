package nl.schakel.stacking;

/**
 * One comparison that went into a match score, for the reviewer to read.
 *
 * @param field   what was compared
 * @param outcome how the values compared
 * @param weight  the log-likelihood weight (log2 of m/u) this comparison added; 0 when a value was missing
 * @param reason  a stable code saying why ("SURNAME_PHONETIC_AGREE"), fit as a message key
 */
public record Evidence(Field field, Outcome outcome, double weight, String reason) {

    public enum Field { SURNAME, GIVEN_NAME, BIRTH, SEX, NATIONALITY, SHARED_PHONE, SHARED_ADDRESS, SHARED_ONLINE,
        /** The given and surname agree only in the other order. */
        NAME_ORDER,
        /** A rule that kept a high score from linking automatically (weight 0). */
        DECISION_RULE,
        /** An identity number, where a source has one. */
        IDENTITY,
        /** A residence written out field by field, where a source has one per person. */
        RESIDENCE }

    public enum Outcome { AGREE, PARTIAL, DISAGREE, MISSING }

    static Evidence missing(Field field) {
        return new Evidence(field, Outcome.MISSING, 0, field.name() + "_MISSING");
    }
}
