package nl.schakel.routing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.routing.RoutingFixtures.login;
import static nl.schakel.routing.RoutingFixtures.organisation;
import static nl.schakel.routing.RoutingFixtures.referral;
import static nl.schakel.routing.RoutingFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13's routing rules: an unaccompanied 16-year-old is proposed to Nidos and cannot be routed without Nidos
 * unless the officer records why (422 otherwise); an undocumented victim is proposed to COSM with a B8 period; and
 * a non-punishment flag on the person travels as a banner on the police's referral.
 */
@SchakelIntegrationTest
class UnaccompaniedMinorRoutingIntegrationTests {

    private static final String NIDOS_REASON = "Alleenstaande minderjarige vreemdeling: Nidos beslist";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    MutableClock clock;

    @Test
    void anUnaccompaniedSixteenYearOldIsProposedToNidosAndLeftOutOnlyWithAReason() {
        UUID signal = signal("Eritrees meisje zonder begeleiding " + UUID.randomUUID(), "Semhar",
                Set.of(Vulnerability.UNACCOMPANIED_MINOR));
        WebSession officer = login(port, "af.utrecht");

        HttpResponse<String> form = officer.get("/signalen/" + signal + "/doorzetten");
        assertThat(form.body()).contains("Nidos", NIDOS_REASON, "data-testid=\"mandatory-partners\"");

        Map<String, String> withoutNidos = row(0, organisation(jdbc, "Moviera"), "WMO_2015", "DESCRIPTION",
                LocalDate.now(clock).plusDays(14));
        HttpResponse<String> refused = officer.post("/signalen/" + signal + "/doorzetten", withoutNidos);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Vink Nidos aan of leg vast waarom");
        assertThat(count("select count(*) from referral where signal_id = ?", signal)).isZero();

        officer.get("/signalen/" + signal + "/doorzetten");
        Map<String, String> withReason = new LinkedHashMap<>(withoutNidos);
        withReason.put("leftOutReason", "Nidos is al betrokken en voogd; afgestemd per telefoon.");
        HttpResponse<String> sent = officer.post("/signalen/" + signal + "/doorzetten", withReason);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(count("select count(*) from referral where signal_id = ?", signal)).isEqualTo(1);
        assertThat(jdbc.sql("select reason from routing_partner_left_out where signal_id = ?").param(signal)
                .query(String.class).list()).containsExactly("Nidos is al betrokken en voogd; afgestemd per telefoon.");
    }

    @Test
    void anUndocumentedVictimIsProposedToCosmWithAB8Period() {
        UUID signal = signal("Vrouw zonder papieren werkt in keuken " + UUID.randomUUID(), "Maria",
                Set.of(Vulnerability.UNDOCUMENTED));
        HttpResponse<String> form = login(port, "af.utrecht").get("/signalen/" + signal + "/doorzetten");

        assertThat(form.body()).contains("COSM", "Zonder verblijfsrecht", "data-testid=\"propose-b8\"")
                .doesNotContain(NIDOS_REASON, "data-testid=\"mandatory-partners\"");
    }

    @Test
    void aNonPunishmentFlagOnThePersonShowsAsABannerOnThePolicesReferralOnly() {
        String name = "Jayden Flag" + UUID.randomUUID().toString().substring(0, 6);
        UUID flagged = signal("Jongen verkoopt drugs voor anderen " + UUID.randomUUID(), name, Set.of());
        UUID other = signal("Jongen verkoopt drugs, andere jongen " + UUID.randomUUID(),
                "Other" + UUID.randomUUID().toString().substring(0, 6), Set.of());
        UUID subject = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select m.subject_id from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? and s.kind = 'PERSON'""").param(flagged).query(UUID.class).optional()
                .orElse(null), java.util.Objects::nonNull);

        WebSession coordinator = login(port, "zorgcoordinator");
        coordinator.get("/trajecten/nieuw");
        HttpResponse<String> created = coordinator.post("/trajecten/nieuw", Map.of("personLabel", "J.",
                "subjectId", subject.toString(), "age", "17", "municipalityId",
                organisation(jdbc, "Gemeente Utrecht").toString(), "municipalityReason", "BRP",
                "residenceStatus", "DUTCH_OR_EU", "exploitationForms", "CRIMINAL"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String trajectory = WebSession.location(created);
        coordinator.get(trajectory);
        assertThat(coordinator.post(trajectory + "/non-punishment", Map.of("offenceType", "DRUGS",
                "omInformed", "true")).statusCode()).isEqualTo(303);

        WebSession officer = login(port, "af.utrecht");
        UUID police = organisation(jdbc, "Politie Midden-Nederland – TMM");
        for (UUID s : List.of(flagged, other)) {
            officer.get("/signalen/" + s + "/doorzetten");
            HttpResponse<String> sent = officer.post("/signalen/" + s + "/doorzetten",
                    row(0, police, "MELDCODE", "DESCRIPTION,PERSONS", LocalDate.now(clock).plusDays(7)));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        }

        WebSession politie = login(port, "politie");
        assertThat(politie.get("/doorverwijzingen/" + referral(jdbc, flagged, "Politie Midden-Nederland – TMM"))
                .body()).contains("data-testid=\"referral-banner\"", "Non-punishmentbeginsel", "drugshandel");
        assertThat(politie.get("/doorverwijzingen/" + referral(jdbc, other, "Politie Midden-Nederland – TMM"))
                .body()).doesNotContain("data-testid=\"referral-banner\"");
    }

    private UUID signal(String description, String personName, Set<Vulnerability> vulnerabilities) {
        SignalForm form = new SignalForm(description, "gisteren", organisation(jdbc, "Gemeente Utrecht"),
                "Stationsplein, Utrecht", List.of(new PersonEntry(personName, PersonEntry.Sex.FEMALE, 16, null,
                        "Eritrees", null, PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(), null, null, null, null, null, null, Set.of("CRIMINAL"), vulnerabilities, false, true,
                false, false, false, ReporterType.RESIDENT, true, null, null, null, null, false, null, null, null);
        return intake.receivePublic(form, List.of()).signalId().value();
    }

    private int count(String sql, UUID signal) {
        return jdbc.sql(sql).param(signal).query(Integer.class).single();
    }
}
