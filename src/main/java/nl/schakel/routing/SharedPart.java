package nl.schakel.routing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a signal a referral may share (data minimisation). The signal's own parts are read from the signal
 * while the partner may act; the officer's weighing, the enrichment and the conversation with the reporter are
 * kept by other modules, shared only when the officer ticks them, and captured as they were when the referral was
 * sent (decision 0035). The reporter's identity is never among them.
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
    ATTACHMENTS,
    /** The municipality's weighing: the classification that counts and its reasoning. */
    WEIGHING,
    /** What the officer checked in the municipality's own records, and what was found. */
    ENRICHMENT,
    /** The conversation with the reporter: the officer's questions and the reporter's answers, without identity. */
    REPORTER_ANSWERS;

    /** The parts read from the signal itself; what one-click acute routing shares. */
    public static Set<SharedPart> ofSignal() {
        return EnumSet.range(DESCRIPTION, ATTACHMENTS);
    }

    /** Whether this part is kept by another module and captured when the referral is sent (decision 0035). */
    public boolean captured() {
        return !ofSignal().contains(this);
    }
}
