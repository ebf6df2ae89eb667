package nl.schakel.routing.internal;

import java.util.UUID;

import nl.schakel.audit.AuditActor;

/** Whoever holds a secure link: audited as the link (role SECURE_LINK) for the partner organisation. */
public record SecureLinkActor(UUID linkId, UUID organisationId) implements AuditActor {

    public static final String ROLE_CODE = "SECURE_LINK";

    @Override
    public UUID userId() {
        return linkId;
    }

    @Override
    public String roleCode() {
        return ROLE_CODE;
    }
}
