package nl.schakel.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.access.secondfactor.SecondFactorStore;
import nl.schakel.access.security.SessionTerminator;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditNames;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deactivates and resets user accounts within one region. Every change is audited,
 * and every change that alters what someone may do ends that person's sessions at once.
 */
@Service
public class UserAdministration implements AuditNames {

    private static final String PURPOSE = "ADMINISTRATION";
    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.organisation_id, u.active, u.must_change_password,
                   (u.locked_until is not null and u.locked_until > :now) as locked,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
            from app_user u""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organisations organisations;
    private final SessionTerminator sessions;
    private final AuditTrail audit;
    private final SecondFactorStore secondFactors;
    private final Clock clock;

    UserAdministration(JdbcClient jdbc, PasswordEncoder passwords, Organisations organisations,
            SessionTerminator sessions, AuditTrail audit, SecondFactorStore secondFactors, Clock clock) {
        this.secondFactors = secondFactors;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organisations = organisations;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean anyUserExists() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    /** The users of the region's organisations, filtered in the query. */
    public List<UserSummary> inRegion(RegionId region) {
        List<UUID> organisationIds = organisationIds(region);
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where u.organisation_id in (:organisations) order by u.active desc, u.display_name")
                .param("organisations", organisationIds).param("now", now())
                .query(UserAdministration::map).list();
    }

    public Optional<UserSummary> find(RegionId region, UserId id) {
        List<UUID> organisationIds = organisationIds(region);
        if (organisationIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where u.id = :id and u.organisation_id in (:organisations)")
                .param("id", id.value()).param("organisations", organisationIds).param("now", now())
                .query(UserAdministration::map).optional();
    }

    /** Creates an account with a temporary password that must be changed at first login. */
    @Transactional
    public CreatedUser create(RegionId region, UserForm form) {
        TemporaryPassword password = TemporaryPassword.generate();
        UserId id = insert(region, form, password.value(), true);
        return new CreatedUser(id, password);
    }

    /** Creates an account with a known password; for seeding demo regions, never for real people. */
    @Transactional
    public UserId createWithPassword(RegionId region, UserForm form, String password) {
        return insert(region, form, password, false);
    }

    /**
     * Creates an account with a known password and a known second-factor secret (base 32); for seeding demo
     * regions only, so that a newcomer can log in with the secrets listed in the README.
     */
    @Transactional
    public UserId createWithPassword(RegionId region, UserForm form, String password, String totpSecret) {
        UserId id = insert(region, form, password, false);
        if (!secondFactors.enrol(id.value(), totpSecret, 0L, List.of())) {
            throw new IllegalStateException("a new account has no enrolment window");
        }
        return id;
    }

    /** Forgets a user's second factor and ends their sessions: they enrol again at their next login. */
    @Transactional
    public void resetSecondFactor(RegionId region, UserId id) {
        UserSummary user = find(region, id).orElseThrow(UnknownUserException::new);
        secondFactors.openEnrolment(id.value());
        audit.record(AuditEvent.success("USER_SECOND_FACTOR_RESET", "USER", id, PURPOSE));
        sessions.endSessionsOf(user.username());
    }

    @Transactional
    public void update(RegionId region, UserId id, UserForm form) {
        requireActiveOrganisationInRegion(region, form.organisationId());
        UserSummary existing = find(region, id).orElseThrow(UnknownUserException::new);
        jdbc.sql("update app_user set display_name = ?, email = ?, organisation_id = ?, updated_at = ? where id = ?")
                .params(form.displayName().strip(), blankToNull(form.email()), form.organisationId(), now(), id.value())
                .update();
        replaceRoles(id, form.roles());
        audit.record(AuditEvent.success("USER_UPDATED", "USER", id, PURPOSE));
        sessions.endSessionsOf(existing.username());
    }

    @Transactional
    public void deactivate(RegionId region, UserId id) {
        UserSummary user = find(region, id).orElseThrow(UnknownUserException::new);
        jdbc.sql("update app_user set active = false, updated_at = ? where id = ?").params(now(), id.value()).update();
        audit.record(AuditEvent.success("USER_DEACTIVATED", "USER", id, PURPOSE));
        sessions.endSessionsOf(user.username());
    }

    @Transactional
    public void reactivate(RegionId region, UserId id) {
        find(region, id).orElseThrow(UnknownUserException::new);
        jdbc.sql("update app_user set active = true, failed_attempts = 0, locked_until = null, updated_at = ? where id = ?")
                .params(now(), id.value()).update();
        audit.record(AuditEvent.success("USER_REACTIVATED", "USER", id, PURPOSE));
    }

    /** Replaces the password by a temporary one, lifts a lockout and ends the user's sessions. */
    @Transactional
    public TemporaryPassword resetPassword(RegionId region, UserId id) {
        UserSummary user = find(region, id).orElseThrow(UnknownUserException::new);
        TemporaryPassword password = TemporaryPassword.generate();
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = true, failed_attempts = 0,
                    locked_until = null, updated_at = ? where id = ?""")
                .params(passwords.encode(password.value()), now(), id.value()).update();
        audit.record(AuditEvent.success("USER_PASSWORD_RESET", "USER", id, PURPOSE));
        sessions.endSessionsOf(user.username());
        return password;
    }

    @Override
    public Map<UUID, String> namesOf(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("display_name")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The account just created and its one-time password. */
    public record CreatedUser(UserId id, TemporaryPassword password) {
    }

    private UserId insert(RegionId region, UserForm form, String password, boolean mustChange) {
        requireActiveOrganisationInRegion(region, form.organisationId());
        UserId id = UserId.random();
        try {
            jdbc.sql("""
                    insert into app_user (id, username, display_name, email, organisation_id, password_hash,
                        must_change_password, active, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
                    .params(id.value(), form.username().strip(), form.displayName().strip(), blankToNull(form.email()),
                            form.organisationId(), passwords.encode(password), mustChange, now(), now())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UserAdministrationException("username", "user.username.taken");
        }
        replaceRoles(id, form.roles());
        secondFactors.openEnrolment(id.value());
        audit.record(AuditEvent.success("USER_CREATED", "USER", id, PURPOSE));
        return id;
    }

    private void replaceRoles(UserId id, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(id.value()).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id.value(), role.name()).update();
        }
    }

    private void requireActiveOrganisationInRegion(RegionId region, UUID organisationId) {
        if (!organisations.isActiveIn(region, new OrganisationId(organisationId))) {
            throw new UserAdministrationException("organisationId", "user.organisation.invalid");
        }
    }

    private List<UUID> organisationIds(RegionId region) {
        return organisations.inRegion(region).stream().map(o -> o.id().value()).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UserSummary map(ResultSet rs, int row) throws SQLException {
        List<Role> roles = new ArrayList<>();
        for (String role : rs.getString("roles").split(",")) {
            if (!role.isEmpty()) {
                roles.add(Role.valueOf(role));
            }
        }
        return new UserSummary(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getObject("organisation_id", UUID.class),
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), rs.getBoolean("active"),
                rs.getBoolean("locked"), rs.getBoolean("must_change_password"));
    }
}
