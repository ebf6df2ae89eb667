package nl.schakel.demo;

import java.time.Duration;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16: a fresh start on the embedded default, with the demo signals on, shows the demo roles something that
 * needs them: the reporter their signal in Mijn signalen, the officer new signals and an escalated stack (linked
 * after the seeding committed), the care coordinator a referral waiting.
 */
@SchakelIntegrationTest
@TestPropertySource(properties = "schakel.demo.signals=true")
class SignalsDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFreshDemoRegionShowsEachRoleSomethingThatNeedsThem() {
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        assertThat(melder.get("/signalen/mijn").body()).contains("Aan de balie kwam een vrouw");

        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(officer.get("/signalen").body()).contains("nagelstudio");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from subject_escalation").query(Integer.class).single()).isPositive());

        WebSession partner = new WebSession(port);
        partner.login("zorgcoordinator", WebSession.DEMO_PASSWORD);
        assertThat(partner.get("/doorverwijzingen").body()).contains("Gemeente Utrecht");
    }
}
