package nl.schakel.retention;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryStatus;
import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseEnums.Outcome;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseScope;
import nl.schakel.cases.CaseStatus;
import nl.schakel.cases.InterventionStatus;
import nl.schakel.cases.MilestoneStatus;
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

/**
 * Retention of closed cases and ended care trajectories (issue 15), through the job with their seeded 5-year
 * policies: the free text and what names the person go on the day and not before, and the skeleton the reports
 * count stays, so the 2024 council report shows the same figures before and after.
 */
@SchakelIntegrationTest
class CaseAndTrajectoryRetentionIntegrationTests {

    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

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
    void aClosedCaseLosesItsFreeTextAfterFiveYearsAndEveryFigureStays() {
        UUID caseId = UUID.randomUUID();
        jdbc.sql("""
                insert into case_file (id, region_id, reference, title, focus, escalation_level, legal_basis, status,
                    outcome, created_at, updated_at) values (?, ?, ?, 'Nagelsalon Zeepbelvogel', ?, ?, 'Convenant', ?, ?,
                    ?, ?)""").params(caseId, region(), "RET-" + caseId, Focus.PREMISES.name(),
                EscalationLevel.LOCAL.name(), CaseStatus.CLOSED.name(), Outcome.GOALS_REACHED.name(),
                at(2024, 2, 1), at(2024, 6, 1)).update();
        jdbc.sql("""
                insert into case_participant (id, case_id, organisation_id, person_id, role, scopes, legal_basis,
                    starts_on) values (?, ?, ?, ?, ?, ?::text[], 'Convenant', ?)""")
                .params(UUID.randomUUID(), caseId, utrecht(), officer(), ParticipantRole.LEAD.name(),
                        "{" + CaseScope.CORE.name() + "}", LocalDate.of(2024, 2, 1)).update();
        UUID intervention = UUID.randomUUID();
        jdbc.sql("""
                insert into case_intervention (id, case_id, type_code, type_version, scope, status,
                    executing_organisation_id, decision_maker, explanation, end_reason, created_at)
                values (?, ?, 'INTEGRATED_INSPECTION', 1, ?, ?, ?, 'burgemeester', 'Zeepbelvogel weigerde toegang',
                    'Zeepbelvogel vertrokken', ?)""").params(intervention, caseId, CaseScope.ADMINISTRATIVE.name(),
                InterventionStatus.ENDED.name(), utrecht(), at(2024, 3, 1)).update();
        jdbc.sql("""
                insert into case_milestone (id, case_id, title, owner_organisation_id, due_on, status, created_at)
                values (?, ?, 'Gesprek met Zeepbelvogel', ?, ?, ?, ?)""").params(UUID.randomUUID(), caseId, utrecht(),
                LocalDate.of(2024, 4, 1), MilestoneStatus.DONE.name(), at(2024, 2, 2)).update();
        log(caseId, LogKind.NOTE, "ENTRY", "Zeepbelvogel woont boven de salon", at(2024, 3, 2));
        log(caseId, LogKind.CHANGE, "STATUS_" + CaseStatus.CLOSED.name(), null, at(2024, 6, 1));
        List<String> before = report();

        clock.moveTo(LocalDate.of(2029, 5, 31));
        job.run();
        assertThat(destructionRows(caseId)).as("not a day early").isZero();

        clock.moveTo(LocalDate.of(2029, 6, 1));
        job.run();
        assertThat(destructionRows(caseId)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from case_file c join case_log l on l.case_id = c.id
                join case_intervention i on i.case_id = c.id join case_milestone m on m.case_id = c.id
                where c.id = ? and (c.title || coalesce(l.text, '') || coalesce(i.explanation, '')
                    || coalesce(i.end_reason, '') || m.title) ilike '%Zeepbelvogel%'""").param(caseId)
                .query(Integer.class).single()).as("free text left").isZero();
        assertThat(jdbc.sql("select count(*) from case_intervention where id = ? and type_code = 'INTEGRATED_INSPECTION'")
                .param(intervention).query(Integer.class).single()).as("the skeleton stays").isEqualTo(1);
        clock.reset();
        assertThat(report()).as("the 2024 figures, read today").isEqualTo(before);
    }

    @Test
    void anEndedTrajectoryLosesThePersonAfterFiveYearsAndEveryFigureStays() {
        UUID trajectory = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        UUID lead = jdbc.sql("select id from app_user where username = 'zorgcoordinator'").query(UUID.class).single();
        UUID leadOrganisation = jdbc.sql("select organisation_id from app_user where id = ?").param(lead)
                .query(UUID.class).single();
        jdbc.sql("""
                insert into trajectory (id, region_id, subject_id, person_label, lead_organisation_id, lead_user_id,
                    municipality_id, municipality_reason, age, residence_status, unaccompanied_minor, status,
                    created_at, updated_at)
                values (?, ?, ?, 'Ottoline Verkwistwater', ?, ?, ?, 'FOUND_HERE', 16, ?, true, ?, ?, ?)""")
                .params(trajectory, region(), subject, leadOrganisation, lead, utrecht(),
                        ResidenceStatus.UNDOCUMENTED.name(), TrajectoryStatus.CLOSED.name(), at(2024, 1, 15),
                        at(2024, 9, 1)).update();
        jdbc.sql("insert into b8_period (trajectory_id, start_date, end_date, decision, updated_at) "
                        + "values (?, ?, ?, 'NO', ?)")
                .params(trajectory, LocalDate.of(2024, 1, 20), LocalDate.of(2024, 4, 20), at(2024, 1, 20)).update();
        jdbc.sql("insert into trajectory_event (id, trajectory_id, code, user_id, at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), trajectory, TrajectoryStatus.CLOSED.name(), lead, at(2024, 9, 1)).update();
        List<String> before = report();

        clock.moveTo(LocalDate.of(2029, 8, 31));
        job.run();
        assertThat(destructionRows(trajectory)).as("not a day early").isZero();

        clock.moveTo(LocalDate.of(2029, 9, 1));
        job.run();
        assertThat(destructionRows(trajectory)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from trajectory where id = ? and person_label not like '%Verkwistwater%'
                    and subject_id is null and age = 16 and unaccompanied_minor""").param(trajectory)
                .query(Integer.class).single()).as("the person gone, the skeleton kept").isEqualTo(1);
        clock.reset();
        assertThat(report()).as("the 2024 figures, read today").isEqualTo(before);
    }

    private void log(UUID caseId, LogKind kind, String code, String text, OffsetDateTime at) {
        jdbc.sql("""
                insert into case_log (id, case_id, occurred_at, kind, scope, actor_id, code, text)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(UUID.randomUUID(), caseId, at, kind.name(),
                CaseScope.CORE.name(), officer(), code, text).update();
    }

    private List<String> report() {
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login("ketenregisseur", WebSession.DEMO_PASSWORD)))
                .doesNotContain("error");
        HttpResponse<String> page = session.get("/monitoring/raadsrapportage?jaar=2024&gemeente=" + utrecht());
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(page.body());
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
        }
        assertThat(cells).isNotEmpty();
        return cells;
    }

    private UUID utrecht() {
        return jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class).single();
    }

    private UUID region() {
        return jdbc.sql("select region_id from organisation where id = ?").param(utrecht()).query(UUID.class).single();
    }

    private UUID officer() {
        return jdbc.sql("select id from app_user where username = 'af.utrecht'").query(UUID.class).single();
    }

    private int destructionRows(UUID id) {
        return jdbc.sql("select count(*) from retention_destruction where record_id = ?").param(id)
                .query(Integer.class).single();
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

}
