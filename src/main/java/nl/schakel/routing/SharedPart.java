package nl.schakel.routing;

/**
 * The parts of a signal a referral may share (data minimisation). The reporter's identity and the
 * conversation with the reporter are never among them.
 */
public enum SharedPart {
    /** The free text, when observed, the forms of exploitation and whether it is acute. */
    DESCRIPTION,
    /** The persons mentioned. */
    PERSONS,
    /** Organisations, phone numbers, online identities and vehicles mentioned. */
    OTHER_SUBJECTS,
    /** The indicators ticked and other signs described. */
    INDICATORS,
    /** The vulnerability flags. */
    VULNERABILITIES,
    /** Danger to the reporter or victim, and "do not inform". */
    SAFETY_FLAGS,
    /** Where it happened and the addresses mentioned. */
    LOCATION,
    /** The names and types of the attached files. */
    ATTACHMENTS
}
