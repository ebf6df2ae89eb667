package nl.schakel.access.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The login side of user accounts: loading for authentication, counting failures, changing passwords. */
@Component
public class AccountStore {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final LoginProperties properties;
    private final Clock clock;

    AccountStore(JdbcClient jdbc, Organisations organisations, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether an account may be used now: it and its organisation are active, and it is not locked. */
    record Standing(boolean active, boolean locked) {
    }

    Optional<SchakelUser> load(String username) {
        return jdbc.sql("""
                select id, username, display_name, organisation_id, must_change_password, password_hash,
                    coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
                from app_user u where username = ?""")
                .param(username)
                .query((rs, n) -> {
                    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : rs.getString("roles").split(",")) {
                        if (!role.isEmpty()) {
                            roles.add(Role.valueOf(role));
                        }
                    }
                    UUID organisationId = rs.getObject("organisation_id", UUID.class);
                    Organisation organisation = organisations.find(new OrganisationId(organisationId)).orElseThrow();
                    return new SchakelUser(rs.getObject("id", UUID.class), rs.getString("username"),
                            rs.getString("display_name"), organisationId, organisation.name(),
                            organisation.regionId().value(), roles, rs.getBoolean("must_change_password"),
                            rs.getString("password_hash"));
                })
                .optional();
    }

    /**
     * The active, unlocked user an administrator linked to this subject of their organisation's OpenID Connect
     * provider, if any.
     */
    public Optional<SchakelUser> loadLinked(UUID organisationId, String subject) {
        return jdbc.sql("select username from app_user where organisation_id = ? and oidc_subject = ?")
                .params(organisationId, subject).query(String.class).optional()
                .flatMap(this::load)
                .filter(user -> {
                    Standing standing = standing(user.userId(), user.organisationId());
                    return standing.active() && !standing.locked();
                });
    }

    Standing standing(UUID userId, UUID organisationId) {
        boolean organisationActive = organisations.find(new OrganisationId(organisationId))
                .map(Organisation::active).orElse(false);
        return jdbc.sql("select active, locked_until from app_user where id = ?").param(userId)
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(clock));
                    return new Standing(rs.getBoolean("active") && organisationActive, locked);
                })
                .single();
    }

    /** Whether the account is locked now (too many failed passwords, codes or current-password guesses). */
    public boolean isLocked(UUID userId) {
        return jdbc.sql("select locked_until from app_user where id = ?").param(userId)
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(clock));
                })
                .single();
    }

    /**
     * Counts a failed login, second factor or current-password guess; locks the account once too many failures
     * follow each other.
     */
    public void recordFailure(UUID userId) {
        jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= :max then :lockedUntil else locked_until end
                where id = :id""")
                .param("max", properties.maxFailures())
                .param("lockedUntil", OffsetDateTime.now(clock).plus(properties.lockDuration()))
                .param("id", userId)
                .update();
    }

    public void recordSuccess(UUID userId) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = ? where id = ?")
                .params(OffsetDateTime.now(clock), userId).update();
    }

    public String currentHash(UUID userId) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(userId).query(String.class).single();
    }

    public void changePassword(UUID userId, String newHash) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false, updated_at = ? where id = ?")
                .params(newHash, OffsetDateTime.now(clock), userId).update();
    }
}
