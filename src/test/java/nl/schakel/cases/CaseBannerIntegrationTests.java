package nl.schakel.cases;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.schakel.intake.SignalIntake;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.cases.CaseFixtures.caseId;
import static nl.schakel.cases.CaseFixtures.login;
import static nl.schakel.cases.CaseFixtures.open;
import static nl.schakel.cases.CaseFixtures.organisation;
import static nl.schakel.cases.CaseFixtures.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, Deliver 3: the care coordinator's non-punishment flag on a registry person travels as a banner on every
 * case that took in a signal about that person (through the {@link CaseBanners} port), and on no other case.
 */
@SchakelIntegrationTest
class CaseBannerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Test
    void aFlaggedPersonsCaseShowsTheNonPunishmentBannerAndAnotherCaseDoesNot() {
        String name = "Kim Vlag" + UUID.randomUUID().toString().substring(0, 6);
        UUID flagged = signal(intake, jdbc, "Jongen moet drugs verkopen voor de baas " + UUID.randomUUID(), name);
        UUID other = signal(intake, jdbc, "Andere jongen in de keuken " + UUID.randomUUID(),
                "Ander" + UUID.randomUUID().toString().substring(0, 6));
        UUID subject = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select m.subject_id from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? and s.kind = 'PERSON'""").param(flagged).query(UUID.class).optional()
                .orElse(null), Objects::nonNull);

        WebSession coordinator = login(port, "zorgcoordinator");
        coordinator.get("/trajecten/nieuw");
        HttpResponse<String> created = coordinator.post("/trajecten/nieuw", Map.of("personLabel", "K.",
                "subjectId", subject.toString(), "age", "17", "municipalityId",
                organisation(jdbc, CaseFixtures.UTRECHT).toString(), "municipalityReason", "BRP",
                "residenceStatus", "DUTCH_OR_EU", "exploitationForms", "CRIMINAL"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String trajectory = WebSession.location(created);
        coordinator.get(trajectory);
        assertThat(coordinator.post(trajectory + "/non-punishment", Map.of("offenceType", "DRUGS",
                "omInformed", "true")).statusCode()).isEqualTo(303);

        WebSession officer = login(port, "af.utrecht");
        UUID flaggedCase = caseId(open(officer, "Afhaalrestaurant Overvecht", flagged));
        UUID otherCase = caseId(open(officer, "Afhaalrestaurant Lunetten", other));

        HttpResponse<String> page = officer.get("/casussen/" + flaggedCase);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"case-banner\"", "Non-punishmentbeginsel", "drugshandel")
                .doesNotContain(trajectory);
        assertThat(officer.get("/casussen/" + flaggedCase + "/logboek").body()).contains("data-testid=\"case-banner\"");
        assertThat(officer.get("/casussen/" + otherCase).body()).doesNotContain("data-testid=\"case-banner\"",
                "Non-punishmentbeginsel");
    }
}
