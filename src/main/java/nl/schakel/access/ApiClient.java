package nl.schakel.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.schakel.audit.AuditActor;

/**
 * A partner system authenticated with an API token: the principal of every {@code /api} request. The
 * audit trail records the token as the "user", so every API action can be traced to the token that did it.
 *
 * @param tokenId the API token that authenticated the request
 * @param organisationId the organisation the token acts for
 * @param scopes what the token may do
 */
public record ApiClient(UUID tokenId, UUID organisationId, Set<ApiScope> scopes) implements AuditActor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ROLE_CODE = "API_CLIENT";

    public ApiClient {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(organisationId, "organisationId");
        scopes = Collections.unmodifiableSet(
                scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes));
    }

    @Override
    public UUID userId() {
        return tokenId;
    }

    @Override
    public String roleCode() {
        return ROLE_CODE;
    }

    public boolean hasScope(ApiScope scope) {
        return scopes.contains(scope);
    }
}
