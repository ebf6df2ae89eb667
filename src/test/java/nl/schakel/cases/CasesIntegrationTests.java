package nl.schakel.cases;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.intake.SignalIntake;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.cases.CaseFixtures.caseId;
import static nl.schakel.cases.CaseFixtures.login;
import static nl.schakel.cases.CaseFixtures.open;
import static nl.schakel.cases.CaseFixtures.participant;
import static nl.schakel.cases.CaseFixtures.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A case opened from three stacked signals, its one lead (removal refused, handover only after the new lead
 * accepts), the overdue milestone with exactly one notice, and the dwangsom whose begunstigingstermijn becomes a
 * milestone; the log refuses changes.
 */
@SchakelIntegrationTest
class CasesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    MutableClock clock;

    @Autowired
    MilestoneReminders reminders;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeStackedSignalsAreMergedIntoACaseAndStayReadableThere() {
        String person = "Lan Stapel" + UUID.randomUUID().toString().substring(0, 6);
        UUID a = signal(intake, jdbc, "Nagelstudio, meisjes slapen boven de zaak " + UUID.randomUUID(), person);
        UUID b = signal(intake, jdbc, "Zelfde studio, tot laat open " + UUID.randomUUID(), person);
        UUID c = signal(intake, jdbc, "Busje haalt meisjes op bij de studio " + UUID.randomUUID(), person);
        WebSession officer = login(port, "af.utrecht");

        assertThat(officer.get("/signalen/" + a).body()).contains("/casussen/nieuw?signaal=" + a);
        await().atMost(Duration.ofSeconds(10)).until(() -> officer.get("/signalen/" + c + "/stapeling").body()
                .contains("data-testid=\"make-case\""));
        String stack = officer.get("/signalen/" + c + "/stapeling").body();
        assertThat(stack).contains("/casussen/nieuw?signaal=" + c + "&amp;signaal=");
        HttpResponse<String> form = officer.get("/casussen/nieuw?signaal=" + a + "&signaal=" + b + "&signaal=" + c);
        assertThat(form.body()).contains(reference(a), reference(b), reference(c));
        UUID id = caseId(open(officer, "Nagelstudio Zuilen", a, b, c));

        assertThat(jdbc.sql("select status from signal where id in (?, ?, ?)").params(a, b, c).query(String.class)
                .list()).containsExactly("MERGED_INTO_CASE", "MERGED_INTO_CASE", "MERGED_INTO_CASE");
        HttpResponse<String> signals = officer.get("/casussen/" + id + "/signalen");
        assertThat(signals.statusCode()).isEqualTo(200);
        assertThat(signals.body()).contains(reference(a), reference(b), reference(c));
        assertThat(officer.get("/casussen/" + id + "/betrokkenen").body()).contains(person);
        assertThat(officer.get("/signalen/" + a).body()).contains("/casussen/" + id + "/signalen");
        HttpResponse<String> overview = officer.get("/casussen/" + id);
        assertThat(overview.body()).contains("Nagelstudio Zuilen", "Ayla Functionaris", "LABOUR");
        assertThat(jdbc.sql("select reference from case_file where id = ?").param(id).query(String.class).single())
                .matches("C-\\d{4}-\\d{4}");

        // A merged signal cannot go into a second case: the form refuses it, with the form kept.
        HttpResponse<String> again = officer.post("/casussen", List.of(Map.entry("title", "Tweede"),
                Map.entry("focus", "PERSON"), Map.entry("escalationLevel", "LOCAL"), Map.entry("legalBasis", "x"),
                Map.entry("signalIds", a.toString())));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Een van de signalen kan niet in een casus");
        // Another municipality's officer cannot take Utrecht's signal in.
        assertThat(login(port, "af.houten").get("/casussen/nieuw?signaal=" + b).statusCode()).isEqualTo(404);
    }

    @Test
    void theLeadCannotLeaveWithoutASuccessorAndAHandoverCompletesOnlyWhenAccepted() {
        WebSession officer = login(port, "af.utrecht");
        UUID id = caseId(open(officer, "Uitzendbureau Overvecht"));
        assertThat(status(id)).isEqualTo("PROPOSED");
        officer.get("/casussen/" + id);
        assertThat(officer.post("/casussen/" + id + "/status", Map.of("status", "ACTIVE")).statusCode()).isEqualTo(303);
        assertThat(status(id)).isEqualTo("ACTIVE");

        officer.get("/casussen/" + id + "/deelnemers");
        HttpResponse<String> added = officer.post("/casussen/" + id + "/deelnemers", List.of(
                Map.entry("organisationId", CaseFixtures.organisation(jdbc, "Moviera").toString()),
                Map.entry("personId", userId("zorgcoordinator").toString()),
                Map.entry("role", "CONTRIBUTOR"), Map.entry("scopes", "CORE"), Map.entry("scopes", "CARE"),
                Map.entry("legalBasis", "Wmo 2015"), Map.entry("startsOn", LocalDate.now(clock).toString())));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);

        UUID lead = participant(jdbc, id, "af.utrecht");
        HttpResponse<String> removeLead = officer.post("/casussen/" + id + "/deelnemers/beeindigen",
                Map.of("participantId", lead.toString()));
        assertThat(removeLead.statusCode()).isEqualTo(422);
        assertThat(removeLead.body()).contains("De regiehouder kan niet weg zonder opvolger");
        assertThat(leadName(id)).isEqualTo("af.utrecht");

        UUID moviera = participant(jdbc, id, "zorgcoordinator");
        assertThat(officer.post("/casussen/" + id + "/overdracht", Map.of("participantId", moviera.toString()))
                .statusCode()).isEqualTo(303);
        assertThat(leadName(id)).as("proposed is not handed over").isEqualTo("af.utrecht");
        WebSession coordinator = login(port, "zorgcoordinator");
        assertThat(coordinator.get("/casussen/" + id).body()).contains("Regie aanvaarden");
        // Somebody else cannot accept on the new lead's behalf.
        assertThat(officer.post("/casussen/" + id + "/overdracht/antwoord", Map.of("accept", "true")).statusCode())
                .isEqualTo(422);
        assertThat(leadName(id)).isEqualTo("af.utrecht");

        assertThat(coordinator.post("/casussen/" + id + "/overdracht/antwoord", Map.of("accept", "true"))
                .statusCode()).isEqualTo(303);
        assertThat(leadName(id)).isEqualTo("zorgcoordinator");
        assertThat(jdbc.sql("select count(*) from case_participant where case_id = ? and role = 'LEAD' and ends_on is null")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        coordinator.get("/casussen/" + id + "/deelnemers");
        assertThat(coordinator.post("/casussen/" + id + "/deelnemers/beeindigen",
                Map.of("participantId", participant(jdbc, id, "zorgcoordinator").toString())).statusCode())
                .isEqualTo(422);
        // The former lead stays a participant but no longer steers.
        assertThat(officer.get("/casussen/" + id).statusCode()).isEqualTo(200);
        assertThat(officer.post("/casussen/" + id + "/status", Map.of("status", "AFTERCARE")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aMilestoneDueOnTheFirstOfMarchIsOverdueOnTheSecondWithExactlyOneNotice() {
        clock.moveTo(LocalDate.of(2026, 2, 28));
        WebSession officer = login(port, "af.utrecht");
        UUID id = caseId(open(officer, "Massagesalon Lombok"));
        officer.get("/casussen/" + id + "/mijlpalen");
        String title = "Gesprek met de eigenaar " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(officer.post("/casussen/" + id + "/mijlpalen", Map.of("title", title,
                "ownerParticipantId", participant(jdbc, id, "af.utrecht").toString(), "dueOn", "2026-03-01"))
                .statusCode()).isEqualTo(303);
        int before = notices("af.utrecht");

        reminders.run();
        clock.moveTo(LocalDate.of(2026, 3, 1));
        reminders.run();
        assertThat(officer.get("/casussen/" + id + "/mijlpalen").body()).doesNotContain("Over tijd");
        assertThat(notices("af.utrecht")).isEqualTo(before);

        clock.moveTo(LocalDate.of(2026, 3, 2));
        reminders.run();
        reminders.run();
        await().atMost(Duration.ofSeconds(10)).until(() -> notices("af.utrecht") == before + 1);
        HttpResponse<String> mine = officer.get("/casussen");
        String milestones = mine.body().substring(mine.body().indexOf("data-testid=\"my-milestones\""));
        assertThat(milestones.indexOf(title)).as("the overdue milestone comes first").isGreaterThan(0);
        assertThat(milestones.substring(0, milestones.indexOf(title))).contains("data-overdue=\"true\"")
                .doesNotContain("data-overdue=\"false\"");
        reminders.run();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> notices("af.utrecht") == before + 1);
    }

    @Test
    void aDwangsomWithFourteenDaysCreatesItsDeadlineMilestone() {
        WebSession officer = login(port, "af.utrecht");
        UUID id = caseId(open(officer, "Kamerverhuur Hoograven"));
        officer.get("/casussen/" + id + "/interventies");
        HttpResponse<String> proposed = officer.post("/casussen/" + id + "/interventies", Map.of(
                "type", "ORDER_SUBJECT_TO_PENALTY",
                "executingOrganisationId", CaseFixtures.organisation(jdbc, CaseFixtures.UTRECHT).toString(),
                "decisionMaker", "Burgemeester van Utrecht", "graceDays", "14", "amountEuros", "2500"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(303);
        UUID intervention = jdbc.sql("select id from case_intervention where case_id = ?").param(id)
                .query(UUID.class).single();
        assertThat(jdbc.sql("select scope from case_intervention where id = ?").param(intervention)
                .query(String.class).single()).isEqualTo("ADMINISTRATIVE");

        officer.get("/casussen/" + id + "/interventies/" + intervention);
        HttpResponse<String> undated = officer.post("/casussen/" + id + "/interventies/" + intervention,
                Map.of("status", "DECIDED"));
        assertThat(undated.statusCode()).isEqualTo(422);
        HttpResponse<String> decided = officer.post("/casussen/" + id + "/interventies/" + intervention,
                Map.of("status", "DECIDED", "on", "2026-03-02"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(303);

        assertThat(jdbc.sql("select due_on from case_milestone where case_id = ? and intervention_id = ?")
                .params(id, intervention).query(LocalDate.class).list()).containsExactly(LocalDate.of(2026, 3, 16));
        assertThat(officer.get("/casussen/" + id + "/mijlpalen").body()).contains("Einde begunstigingstermijn",
                "16-03-2026");
        // Deciding twice is a move the state machine refuses.
        assertThat(officer.post("/casussen/" + id + "/interventies/" + intervention,
                Map.of("status", "DECIDED", "on", "2026-03-03")).statusCode()).isEqualTo(409);
        assertThat(officer.get("/casussen/" + id + "/logboek").body()).contains("Interventie besloten");
    }

    @Test
    void theCaseLogRefusesChanges() {
        UUID id = CaseFixtures.demoCase(jdbc);
        assertThatThrownBy(() -> jdbc.sql("update case_log set text = 'x' where case_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from case_log where case_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }


    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private String reference(UUID signal) {
        return jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
    }

    private String leadName(UUID id) {
        return jdbc.sql("""
                select u.username from case_participant p join app_user u on u.id = p.person_id
                where p.case_id = ? and p.role = 'LEAD' and p.ends_on is null""").param(id).query(String.class).single();
    }

    private int notices(String username) {
        return jdbc.sql("select count(*) from notice n join app_user u on u.id = n.recipient_id "
                + "where u.username = ? and n.kind = 'MILESTONE_OVERDUE'").param(username).query(Integer.class).single();
    }
}
