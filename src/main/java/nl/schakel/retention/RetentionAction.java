package nl.schakel.retention;

/** What happens to a record when its period has passed. */
public enum RetentionAction {
    /** Removes the personal data and keeps the statistical skeleton. */
    ANONYMISE,
    /** Removes the record altogether. */
    DELETE
}
