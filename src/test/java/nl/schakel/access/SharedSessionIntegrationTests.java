package nl.schakel.access;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.database.EmbeddedDatabaseProperties;
import nl.schakel.testing.EmbeddedDatabaseRoles;
import nl.schakel.SchakelApplication;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
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
 * keep sessions in the same PostgreSQL, and a logout on either ends it on both.
 */
@SchakelIntegrationTest
class SharedSessionIntegrationTests {

    @LocalServerPort
    int firstPort;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedDatabaseProperties database;

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
}
