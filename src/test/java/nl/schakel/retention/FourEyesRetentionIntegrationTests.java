package nl.schakel.retention;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.organisations.Organisations;
import nl.schakel.retention.internal.RetentionJob;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four eyes on the destruction list (issue 15, {@code schakel.retention.four-eyes=true}): the night's batch waits;
 * one administrator submits it, the same one cannot approve it, a second one approves it and it runs, recorded as
 * the approver and the executor.
 */
@SchakelIntegrationTest
@TestPropertySource(properties = "schakel.retention.four-eyes=true")
class FourEyesRetentionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    RetentionJob job;
    @Autowired
    UserAdministration users;
    @Autowired
    Organisations organisations;

    @AfterEach
    void reset() {
        clock.reset();
        // The context is shared: notices made while the clock stood in the future would stay on top of the
        // officers' start pages (newest first) for the tests that run after this one.
        jdbc.sql("delete from notice where created_at > ?")
                .param(java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).update();
    }

    @Test
    void aBatchWaitsUntilASecondAdministratorApprovesIt() {
        UUID recipient = userId("af.utrecht");
        UUID notice = UUID.randomUUID();
        jdbc.sql("insert into notice (id, recipient_id, kind, created_at, read_at) values (?, ?, ?, ?, ?)")
                .params(notice, recipient, NoticeKind.RETENTION_DUE_SOON.name(), at(2024, 1, 5), at(2024, 1, 10))
                .update();
        clock.moveTo(LocalDate.of(2024, 7, 10));
        UUID batch = job.run().orElseThrow();
        clock.reset();
        assertThat(status(batch)).isEqualTo("AWAITING_APPROVAL");
        assertThat(noticeCount(notice)).as("waits").isEqualTo(1);

        WebSession first = login("beheerder", WebSession.DEMO_PASSWORD);
        assertThat(approve(first, batch).statusCode() / 100).isEqualTo(3);
        assertThat(status(batch)).as("one pair of eyes is not enough").isEqualTo("AWAITING_APPROVAL");
        assertThat(noticeCount(notice)).isEqualTo(1);
        assertThat(first.get("/beheer/vernietigingslijst").body()).contains("Voorgedragen door Bram Beheer")
                .contains("De ronde is voorgedragen").doesNotContain("zelf voor");
        assertThat(approve(first, batch).statusCode() / 100).as("not one's own: back to the list").isEqualTo(3);
        assertThat(first.get("/beheer/vernietigingslijst").body()).as("refused in words")
                .contains("U droeg deze ronde zelf voor; een tweede beheerder moet hem goedkeuren.");
        assertThat(status(batch)).isEqualTo("AWAITING_APPROVAL");
        assertThat(noticeCount(notice)).isEqualTo(1);

        String secondName = TestUsers.create(users, organisations, "Gemeente Utrecht", Role.ADMIN);
        WebSession second = login(secondName, TestUsers.PASSWORD);
        assertThat(approve(second, batch).statusCode() / 100).isEqualTo(3);
        assertThat(status(batch)).isEqualTo("DONE");
        assertThat(second.get("/beheer/vernietigingslijst").body()).contains("De ronde is goedgekeurd en uitgevoerd");
        assertThat(approve(second, batch).statusCode() / 100).as("a second click after the run").isEqualTo(3);
        assertThat(second.get("/beheer/vernietigingslijst").body()).contains("wacht niet (meer) op goedkeuring");
        assertThat(noticeCount(notice)).isZero();
        UUID secondId = userId(secondName);
        assertThat(jdbc.sql("select approved_by from retention_batch where id = ?").param(batch).query(UUID.class)
                .single()).isEqualTo(secondId);
        assertThat(jdbc.sql("select submitted_by from retention_batch where id = ?").param(batch).query(UUID.class)
                .single()).isEqualTo(userId("beheerder"));
        assertThat(jdbc.sql("select executed_by from retention_destruction where record_id = ?").param(notice)
                .query(UUID.class).single()).isEqualTo(secondId);
    }

    private HttpResponse<String> approve(WebSession admin, UUID batch) {
        admin.get("/beheer/vernietigingslijst");
        return admin.post("/beheer/vernietigingslijst/" + batch + "/goedkeuren");
    }

    private WebSession login(String username, String password) {
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login(username, password))).doesNotContain("error");
        return session;
    }

    private String status(UUID batch) {
        return jdbc.sql("select status from retention_batch where id = ?").param(batch).query(String.class).single();
    }

    private int noticeCount(UUID notice) {
        return jdbc.sql("select count(*) from notice where id = ?").param(notice).query(Integer.class).single();
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

}
