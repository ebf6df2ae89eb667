package nl.schakel.retention;

/** What happens to a record when its period has passed. */
public enum RetentionAction {
    /** Removes the personal data and keeps the statistical skeleton. */
    ANONYMISE,
    /** Removes the record altogether. */
    DELETE,
    /**
     * Keeps the record: the job never plans it. For what must stay whole, such as the audit trail, whose chains the
     * verifier checks from their first record (the policy's legal basis says why).
     */
    KEEP
}
