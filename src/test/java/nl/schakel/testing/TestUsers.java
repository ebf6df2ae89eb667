package nl.schakel.testing;

import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.access.UserForm;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;

/** Creates throw-away users in the demo region, so tests that lock or deactivate leave the demo users alone. */
public final class TestUsers {

    public static final String PASSWORD = "een-lang-test-wachtwoord";

    private TestUsers() {
    }

    public static String create(UserAdministration users, Organisations organisations, String organisationName,
            Role... roles) {
        Region region = organisations.region("midden-nederland").orElseThrow();
        Organisation organisation = organisations.inRegion(region.id()).stream()
                .filter(o -> o.name().equals(organisationName)).findFirst().orElseThrow();
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        users.createWithPassword(region.id(), new UserForm(username, "Test " + username, null,
                organisation.id().value(), Set.of(roles)), PASSWORD);
        return username;
    }

    public static UserId idOf(org.springframework.jdbc.core.simple.JdbcClient jdbc, String username) {
        return new UserId(jdbc.sql("select id from app_user where username = ?").param(username)
                .query(UUID.class).single());
    }
}
