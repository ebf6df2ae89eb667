package nl.schakel.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import nl.schakel.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An API token as the administrator sees it: everything but its secret value, which is never stored.
 *
 * @param status whether the token works now, derived when it was read
 */
public record ApiToken(ApiTokenId id, OrganisationId organisationId, String name, Set<ApiScope> scopes,
        Instant createdAt, UUID createdBy, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
        @Nullable Instant expiresAt, Status status) {

    /** Why a token does or does not work. */
    public enum Status {
        ACTIVE, EXPIRED, REVOKED, ORGANISATION_INACTIVE
    }

    public boolean revoked() {
        return status == Status.REVOKED;
    }
}
