package nl.schakel.access;

import java.net.http.HttpResponse;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.database.EmbeddedDatabaseProperties;
import nl.schakel.testing.EmbeddedDatabaseRoles;
import nl.schakel.SchakelApplication;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import nl.schakel.organisations.Organisations;
import nl.schakel.sealing.SealingProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances behind a load balancer: a session made on one is honoured by the other, because both
 * keep sessions in the same PostgreSQL, and a logout on either ends it on both; so does a password change.
 */
@SchakelIntegrationTest
class SharedSessionIntegrationTests {

    @LocalServerPort
    int firstPort;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedDatabaseProperties database;

    @Autowired
    UserAdministration users;

    @Autowired
    SealingProperties sealing;

    @Autowired
    Organisations organisations;

    private ConfigurableApplicationContext second;
    private int secondPort;

    @BeforeEach
    void startSecondInstance() {
        second = new SpringApplicationBuilder(SchakelApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + EmbeddedDatabaseRoles.jdbcUrl(postgres.getPort(), "schakel"),
                "--spring.datasource.username=schakel",
                "--spring.datasource.password=" + EmbeddedDatabaseRoles.password(database, "schakel"),
                "--spring.flyway.placeholders.approle=schakel",
                // Instances share the sealing key (second-factor secrets are sealed), as in production.
                "--schakel.sealing.keyset-file=" + sealing.keysetFile().toAbsolutePath(),
                // As in the test profile: the same person logs in on both instances within one code's 30 seconds.
                "--schakel.login.second-factor.single-use-codes=false",
                "--logging.structured.format.console=",
                "--logging.level.root=WARN");
        secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void aSessionFromOneInstanceIsHonouredByTheOtherAndDiesOnBothAtLogout() {
        WebSession onFirst = new WebSession(firstPort);
        onFirst.login("af.houten", WebSession.DEMO_PASSWORD);
        String session = onFirst.sessionCookie().orElseThrow();
        WebSession onSecond = new WebSession(secondPort);
        onSecond.adoptSession(session);

        assertThat(onSecond.get("/").body()).contains("Welkom, Hugo Functionaris");

        onSecond.logout();

        assertThat(WebSession.location(onSecond.get("/"))).endsWith("/login");
        assertThat(WebSession.location(onFirst.get("/"))).endsWith("/login");
    }

    @Test
    void aPasswordChangeOnOneInstanceEndsTheSameUsersSessionOnTheOther() {
        String username = TestUsers.create(users, organisations, "Gemeente Houten", Role.ANALYST);
        WebSession onFirst = new WebSession(firstPort);
        onFirst.login(username, TestUsers.PASSWORD);
        WebSession onSecond = new WebSession(secondPort);
        onSecond.login(username, TestUsers.PASSWORD);
        assertThat(onSecond.get("/").statusCode()).isEqualTo(200);

        onFirst.get("/account/password");
        HttpResponse<String> changed = onFirst.post("/account/password", Map.of("currentPassword", TestUsers.PASSWORD,
                "newPassword", "een-heel-ander-wachtwoord-2026", "confirmPassword", "een-heel-ander-wachtwoord-2026"));

        assertThat(changed.statusCode()).isEqualTo(303);
        HttpResponse<String> after = onFirst.get("/");
        assertThat(after.statusCode()).as("the session that changed it goes on: " + WebSession.location(after))
                .isEqualTo(200);
        assertThat(WebSession.location(onSecond.get("/"))).as("the other instance's session is dead").endsWith("/login");
    }
}
