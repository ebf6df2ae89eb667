package nl.schakel.access;

import java.net.http.HttpResponse;
import java.time.Duration;

import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = new WebSession(port).login("melder", "niet-het-wachtwoord");
        HttpResponse<String> unknownUser = new WebSession(port).login("bestaat-niet", "niet-het-wachtwoord");

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(wrongPassword)).endsWith("/login?error");
        assertThat(WebSession.location(unknownUser)).isEqualTo(WebSession.location(wrongPassword));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockExpires() {
        String username = TestUsers.create(users, organisations, "Gemeente Soest", Role.REPORTER);
        for (int i = 0; i < 5; i++) {
            new WebSession(port).login(username, "fout-wachtwoord-" + i);
        }

        HttpResponse<String> whileLocked = new WebSession(port).login(username, TestUsers.PASSWORD);
        assertThat(WebSession.location(whileLocked)).endsWith("/login?error");
        assertThat(auditCount(username, "LOGIN", "DENIED")).isEqualTo(1);
        assertThat(auditCount(username, "LOGIN", "FAILURE")).isEqualTo(5);

        clock.advance(Duration.ofMinutes(16));
        HttpResponse<String> afterLock = new WebSession(port).login(username, TestUsers.PASSWORD);
        assertThat(WebSession.location(afterLock)).doesNotContain("error");
    }

    @Test
    void guessingTheCurrentPasswordFiveTimesLocksTheAccountAndEndsItsSessions() {
        String username = TestUsers.create(users, organisations, "Gemeente Soest", Role.ANALYST);
        WebSession browser = new WebSession(port);
        browser.login(username, TestUsers.PASSWORD);
        WebSession elsewhere = new WebSession(port);
        elsewhere.login(username, TestUsers.PASSWORD);
        browser.get("/account/password");
        java.util.List<Integer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(browser.post("/account/password", java.util.Map.of("currentPassword", "geraden-" + i,
                    "newPassword", "een-heel-ander-wachtwoord", "confirmPassword", "een-heel-ander-wachtwoord"))
                    .statusCode());
        }

        assertThat(answers).containsExactly(422, 422, 422, 422, 303);
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");
        assertThat(WebSession.location(elsewhere.get("/"))).endsWith("/login");
        assertThat(WebSession.location(new WebSession(port).login(username, TestUsers.PASSWORD))).endsWith("error");
    }

    @Test
    void loginAndLogoutAreAuditedAndLogoutEndsTheSession() {
        String username = TestUsers.create(users, organisations, "Gemeente Houten", Role.MANAGER);
        WebSession browser = new WebSession(port);
        browser.login(username, TestUsers.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.logout();

        assertThat(WebSession.location(logout)).endsWith("/login?logout");
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");
        assertThat(auditCount(username, "LOGIN", "SUCCESS")).isEqualTo(1);
        assertThat(auditCount(username, "LOGOUT", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aSessionEndsAfterEightHoursHoweverActive() {
        String username = TestUsers.create(users, organisations, "Gemeente Houten", Role.ANALYST);
        WebSession browser = new WebSession(port);
        browser.login(username, TestUsers.PASSWORD);
        clock.advance(Duration.ofHours(7).plusMinutes(50));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(11));

        assertThat(WebSession.location(browser.get("/"))).endsWith("/login?expired");
        assertThat(auditCount(username, "SESSION_EXPIRED", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void sessionsExpireAfterFifteenIdleMinutesInTheSharedStore() {
        WebSession browser = new WebSession(port);
        browser.login("analist", WebSession.DEMO_PASSWORD);

        Integer idleSeconds = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param("analist").query(Integer.class).list().get(0);

        assertThat(idleSeconds).isEqualTo(15 * 60);
    }

    @Test
    void logsDoNotContainTheUsernameOrPasswordTyped(CapturedOutput output) {
        new WebSession(port).login("canary-gebruiker-7f3a", "canary-wachtwoord-7f3a");
        new WebSession(port).login("melder", "canary-wachtwoord-7f3a");

        assertThat(output.getAll()).doesNotContain("canary-gebruiker-7f3a").doesNotContain("canary-wachtwoord-7f3a");
    }

    /** Attempts as audited: failures are counted per interval, so the counts gathered so far are written first. */
    private int auditCount(String username, String action, String outcome) {
        audit.flushRepeated();
        return jdbc.sql("""
                select coalesce(sum(coalesce(a.repeat_count, 1)), 0) from audit_record a join app_user u on u.id = a.user_id
                where u.username = ? and a.action = ? and a.outcome = ?""")
                .params(username, action, outcome).query(Integer.class).single();
    }
}
