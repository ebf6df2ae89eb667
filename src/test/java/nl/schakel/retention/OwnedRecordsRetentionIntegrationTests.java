package nl.schakel.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import nl.schakel.meetings.ContentRule;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingStatus;
import nl.schakel.meetings.MeetingType;
import nl.schakel.notifications.NoticeKind;
import nl.schakel.retention.internal.RetentionJob;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention of the record types other modules own (issue 15), each through the job with its seeded default policy:
 * read notices (6 months from reading), the free text of meeting minutes (24 months from the meeting) and capacity
 * history (24 months from recording) — on the day and not before, with one row on the destruction list.
 */
@SchakelIntegrationTest
class OwnedRecordsRetentionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    RetentionJob job;

    @AfterEach
    void reset() {
        clock.reset();
        // The context is shared: notices made while the clock stood in the future would stay on top of the
        // officers' start pages (newest first) for the tests that run after this one.
        jdbc.sql("delete from notice where created_at > ?")
                .param(java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).update();
    }

    @Test
    void aReadNoticeIsDeletedSixMonthsAfterItWasReadAndAnUnreadOneIsKept() {
        UUID user = jdbc.sql("select id from app_user where username = 'af.utrecht'").query(UUID.class).single();
        UUID read = notice(user, at(2024, 1, 5), at(2024, 1, 10));
        UUID unread = notice(user, at(2024, 1, 5), null);

        clock.moveTo(LocalDate.of(2024, 7, 9));
        job.run();
        assertThat(count("notice", read)).as("not a day early").isEqualTo(1);

        clock.moveTo(LocalDate.of(2024, 7, 10));
        job.run();
        assertThat(count("notice", read)).isZero();
        assertThat(count("notice", unread)).isEqualTo(1);
        assertThat(destruction(read)).isEqualTo(RecordType.NOTICE.name() + " " + RetentionAction.DELETE.name());
        assertThat(destructionRows(unread)).isZero();
    }

    @Test
    void theFreeTextOfMinutesGoesTwoYearsAfterTheMeetingAndItsDecisionsAndOpenActionsStay() {
        UUID organisation = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class)
                .single();
        UUID user = jdbc.sql("select id from app_user where username = 'af.utrecht'").query(UUID.class).single();
        UUID series = UUID.randomUUID();
        jdbc.sql("insert into meeting_series (id, type, owner_organisation_id, starts_on, rrule, content_rule, "
                        + "created_at) values (?, ?, ?, ?, 'FREQ=MONTHLY', ?, ?)")
                .params(series, MeetingType.LOCAL_UNDERMINING.name(), organisation, LocalDate.of(2024, 1, 1),
                        ContentRule.CASES_AND_SIGNALS.name(), at(2024, 1, 1)).update();
        UUID meeting = UUID.randomUUID();
        jdbc.sql("insert into meeting (id, series_id, held_on, status, status_changed_at) values (?, ?, ?, ?, ?)")
                .params(meeting, series, LocalDate.of(2024, 2, 1), MeetingStatus.MINUTES_APPROVED.name(),
                        at(2024, 2, 2)).update();
        UUID item = UUID.randomUUID();
        jdbc.sql("insert into agenda_item (id, meeting_id, position, kind, title, added_by, added_at, decision) "
                        + "values (?, ?, 1, ?, 'Nagelsalon Kwekkeboom', ?, ?, 'NO_ACTION')")
                .params(item, meeting, ItemKind.THEME.name(), user, at(2024, 1, 20)).update();
        UUID done = action(meeting, organisation, user, "Bel Kwekkeboom over de salon", at(2024, 3, 1));
        UUID open = action(meeting, organisation, user, "Nog navragen bij de verhuurder", null);

        clock.moveTo(LocalDate.of(2026, 1, 31));
        job.run();
        assertThat(destructionRows(meeting)).as("not a day early").isZero();

        clock.moveTo(LocalDate.of(2026, 2, 1));
        job.run();
        assertThat(destruction(meeting))
                .isEqualTo(RecordType.MEETING_MINUTES.name() + " " + RetentionAction.ANONYMISE.name());
        assertThat(jdbc.sql("select count(*) from agenda_item where id = ? and title is null and decision = 'NO_ACTION'")
                .param(item).query(Integer.class).single()).as("text gone, decision kept").isEqualTo(1);
        assertThat(description(done)).isEmpty();
        assertThat(description(open)).as("an open action carries over").isEqualTo("Nog navragen bij de verhuurder");
        assertThat(count("meeting", meeting)).isEqualTo(1);

        job.run();
        assertThat(destructionRows(meeting)).as("once").isEqualTo(1);
    }

    @Test
    void capacityHistoryIsDeletedTwoYearsAfterItWasRecordedAndOtherwiseStaysAppendOnly() {
        UUID service = jdbc.sql("select service_id from capacity order by service_id limit 1").query(UUID.class)
                .single();
        long row = jdbc.sql("""
                insert into capacity_history (service_id, unit, total, funded, available, reserved, waitlist, status,
                    cause, recorded_by, recorded_at)
                select service_id, unit, total, funded, available, reserved, waitlist, status, 'retentietest', null, ?
                from capacity where service_id = ? returning id""").params(at(2024, 3, 1), service)
                .query(Long.class).single();
        UUID recordId = new UUID(0L, row);
        assertThatThrownBy(() -> jdbc.sql("delete from capacity_history where id = ?").param(row).update())
                .as("append-only outside the job").hasMessageContaining("append-only");

        clock.moveTo(LocalDate.of(2026, 2, 28));
        job.run();
        assertThat(destructionRows(recordId)).as("not a day early").isZero();

        clock.moveTo(LocalDate.of(2026, 3, 1));
        job.run();
        assertThat(jdbc.sql("select count(*) from capacity_history where id = ?").param(row).query(Integer.class)
                .single()).isZero();
        assertThat(destruction(recordId))
                .isEqualTo(RecordType.CAPACITY_HISTORY.name() + " " + RetentionAction.DELETE.name());
        assertThat(count("capacity", "service_id", service)).as("the current figures stay").isEqualTo(1);
    }

    @Test
    void aPolicyThatKeepsPlansNothingAndTheAuditTrailIsKeptWithItsReason() {
        assertThat(jdbc.sql("select action || ' ' || legal_basis from retention_policy where record_type = ?")
                .param(RecordType.AUDIT_RECORD.name()).query(String.class).single())
                .startsWith(RetentionAction.KEEP.name() + " Bewaren.");
        WebSession admin = new WebSession(port);
        assertThat(WebSession.location(admin.login("beheerder", WebSession.DEMO_PASSWORD))).doesNotContain("error");
        assertThat(admin.get("/beheer/bewaartermijnen").body()).contains("Bewaren");

        jdbc.sql("""
                insert into retention_policy (id, record_type, outcome, version, period_months, source_rule, action,
                    legal_basis, effective_from, created_at)
                select gen_random_uuid(), ?, '', max(version) + 1, 6, ?, ?, 'Bewaren voor de test', ?, now()
                from retention_policy where record_type = ?""").params(RecordType.NOTICE.name(),
                SourceDateRule.LAST_ACTIVITY.name(), RetentionAction.KEEP.name(), LocalDate.of(2031, 1, 1),
                RecordType.NOTICE.name()).update();
        UUID user = jdbc.sql("select id from app_user where username = 'af.utrecht'").query(UUID.class).single();
        UUID kept = notice(user, at(2031, 1, 5), at(2031, 1, 10));

        clock.moveTo(LocalDate.of(2032, 1, 10));
        job.run();
        assertThat(count("notice", kept)).isEqualTo(1);
        assertThat(destructionRows(kept)).isZero();
        assertThat(jdbc.sql("select count(*) from retention_batch_item where record_type = ?")
                .param(RecordType.AUDIT_RECORD.name()).query(Integer.class).single()).isZero();
    }

    private UUID notice(UUID recipient, OffsetDateTime created, OffsetDateTime read) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into notice (id, recipient_id, kind, created_at, read_at) values (?, ?, ?, ?, ?)")
                .params(id, recipient, NoticeKind.RETENTION_DUE_SOON.name(), created, read).update();
        return id;
    }

    private UUID action(UUID meeting, UUID organisation, UUID user, String text, OffsetDateTime doneAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into meeting_action (id, meeting_id, description, owner_organisation_id, due_on, done_at, "
                        + "done_by, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, meeting, text, organisation, LocalDate.of(2024, 3, 1), doneAt,
                        doneAt == null ? null : user, user, at(2024, 2, 1)).update();
        return id;
    }

    private String description(UUID action) {
        return jdbc.sql("select description from meeting_action where id = ?").param(action).query(String.class)
                .single();
    }

    private int count(String table, UUID id) {
        return count(table, "id", id);
    }

    private int count(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id).query(Integer.class)
                .single();
    }

    private int destructionRows(UUID id) {
        return count("retention_destruction", "record_id", id);
    }

    private String destruction(UUID id) {
        return jdbc.sql("select record_type || ' ' || action from retention_destruction where record_id = ?").param(id)
                .query(String.class).single();
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

}
