package nl.schakel.cases;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiClient;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import org.jspecify.annotations.Nullable;

/**
 * Who looks at cases: an organisation, and the person when it is one (a partner system's token has none). What the
 * viewer sees is decided in SQL by the organisation's current participation and its scopes.
 */
public record CaseViewer(UUID organisationId, @Nullable UUID personId) {

    /** The roles that may work on cases; the chain director and the administrator see none. */
    public static final Set<Role> CASE_ROLES = caseRoles();

    /** The viewer this person is, when they hold a role that may open cases. */
    public static Optional<CaseViewer> of(SchakelUser user) {
        return CASE_ROLES.stream().anyMatch(user::hasRole)
                ? Optional.of(new CaseViewer(user.organisationId(), user.userId()))
                : Optional.empty();
    }

    public static CaseViewer of(ApiClient client) {
        return new CaseViewer(client.organisationId(), null);
    }

    private static Set<Role> caseRoles() {
        EnumSet<Role> roles = EnumSet.copyOf(Role.partners());
        roles.add(Role.DESIGNATED_OFFICER);
        return roles;
    }
}
