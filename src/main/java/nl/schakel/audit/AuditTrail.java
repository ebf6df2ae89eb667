package nl.schakel.audit;

import java.util.Optional;

/**
 * Records audit events and checks that the recorded trail is intact. Every read or write of personal
 * data, every login and every administrator action goes through here.
 */
public interface AuditTrail {

    /** Records an event for the actor of the current request (or no actor when anonymous). */
    void record(AuditEvent event);

    /** Records an event for an explicitly named actor, e.g. during login when nobody is logged in yet. */
    void record(AuditEvent event, Optional<AuditActor> actor);

    /**
     * Counts an event that anyone can repeat endlessly, such as a failed login or a bad API token. Instead of one
     * record per attempt, one aggregated record per interval (a minute by default), event, reason and actor is
     * written, with the number of attempts.
     *
     * @param reason why it failed, as an upper-case code such as {@code UNKNOWN_TOKEN}
     */
    void recordRepeated(AuditEvent event, String reason, Optional<AuditActor> actor);

    /** Writes the counts gathered so far now (they are written every interval and at shutdown anyway). */
    void flushRepeated();

    /**
     * Walks every chain and checks each record's keyed hash and link, and the chains against the anchors
     * outside the database; reports the first record that is changed, missing or forged.
     */
    ChainVerification verify();
}
