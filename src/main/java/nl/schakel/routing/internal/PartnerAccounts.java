package nl.schakel.routing.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import org.springframework.stereotype.Component;

/** The roles through which people of partner organisations answer referrals, and who holds them. */
@Component
public class PartnerAccounts {

    public static final Set<Role> PARTNER_ROLES = Role.partners();

    private final UserDirectory directory;

    PartnerAccounts(UserDirectory directory) {
        this.directory = directory;
    }

    public static boolean isPartner(SchakelUser user) {
        return PARTNER_ROLES.stream().anyMatch(user::hasRole);
    }

    /** Active users of the organisation with a partner role. */
    public List<UserDirectory.Member> members(UUID organisationId) {
        Map<UUID, UserDirectory.Member> members = new LinkedHashMap<>();
        for (Role role : PARTNER_ROLES) {
            directory.activeWithRole(organisationId, role).forEach(m -> members.putIfAbsent(m.id().value(), m));
        }
        return List.copyOf(members.values());
    }

    public boolean hasAccount(UUID organisationId) {
        return !members(organisationId).isEmpty();
    }
}
