package nl.schakel.access;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Finds the people who hold a role in an organisation, e.g. the designated officers who receive a signal. */
@Service
public class UserDirectory {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active user with a role, and their e-mail address when they gave one. */
    public record Member(UserId id, String displayName, @Nullable String email) {
    }

    public List<Member> activeWithRole(UUID organisationId, Role role) {
        return jdbc.sql("""
                select u.id, u.display_name, u.email from app_user u join user_role r on r.user_id = u.id
                where u.organisation_id = ? and r.role = ? and u.active order by u.display_name""")
                .params(organisationId, role.name())
                .query((rs, n) -> new Member(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                        rs.getString("email")))
                .list();
    }

    /** The display names of users, e.g. to say who took a step on a timeline. */
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from app_user where id in (:ids)").param("ids", ids)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    /** The user if active, e.g. the owner of a record to notify (retention). */
    public java.util.Optional<Member> active(UUID userId) {
        return jdbc.sql("select id, display_name, email from app_user where id = ? and active").param(userId)
                .query((rs, n) -> new Member(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
                        rs.getString("email")))
                .optional();
    }
}
