package nl.schakel.audit;

import java.util.UUID;

/**
 * Who acts, as the audit trail records it. The logged-in principal implements this, so the trail
 * can name the actor without depending on the access module.
 */
public interface AuditActor {

    UUID userId();

    UUID organisationId();

    /** The role or roles the actor acted in, as codes. */
    String roleCode();
}
