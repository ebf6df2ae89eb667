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

    /** Walks the whole chain and reports the first record whose content or link no longer matches. */
    ChainVerification verify();
}
