package nl.schakel.handling;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The designated officer's steps on a signal, through the pages: workbench, enrichment, consultation,
 * classification with four eyes, feedback to the reporter and closing — each on the timeline, in the
 * audit trail, and refused where the route does not allow it.
 */
@SchakelIntegrationTest
class HandlingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private UUID signal;
    private String description;
    private WebSession officer;

    @BeforeEach
    void aLabourSignalForUtrecht() {
        description = "Werknemers slapen in de loods " + UUID.randomUUID();
        signal = TestSignals.sendPublic(port, jdbc, description, "Gemeente Utrecht", List.of(
                Map.entry("exploitationForms", "LABOUR"), Map.entry("indicators", "VNG_1_SLEEPS_AT_WORK"),
                Map.entry("indicators", "VNG_2_NO_OWN_ID_PAPERS"))).id();
        officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
    }

    @Test
    void theWorkbenchSortsSignalsByWhatNeedsDoingAndFindsThem() {
        HttpResponse<String> bench = officer.get("/signalen?bak=NEW");
        assertThat(bench.statusCode()).isEqualTo(200);
        assertThat(bench.body()).contains("Werkbank").contains(description.substring(0, 30));
        assertThat(row(bench.body())).contains("data-bucket=\"NEW\"");

        officer.get("/signalen/" + signal);
        assertThat(row(officer.get("/signalen").body())).as("opening is no step").contains("data-bucket=\"NEW\"");
        officer.post("/signalen/" + signal + "/oppakken");
        assertThat(row(officer.get("/signalen").body())).contains("data-bucket=\"IN_PROGRESS\"");
        assertThat(officer.get("/signalen?bak=NEW").body()).doesNotContain(signal.toString());

        String word = description.substring(description.length() - 12);
        HttpResponse<String> found = officer.post("/signalen", Map.of("q", word));
        assertThat(found.body()).contains(signal.toString()).contains("value=\"" + word + "\"");
        assertThat(found.body()).as("search words never in a link").doesNotContain("q=");
        assertThat(officer.post("/signalen", Map.of("q", "niet-bestaand-woord-" + UUID.randomUUID())).body())
                .doesNotContain(signal.toString());
        assertThat(officer.get("/signalen?vorm=SEXUAL").body()).doesNotContain(signal.toString());
        assertThat(officer.get("/signalen?vorm=LABOUR").body()).contains(signal.toString());

        HttpResponse<String> fragment = officer.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/signalen?vorm=LABOUR")).header("HX-Request", "true")
                .header("Accept", "text/html").GET().build());
        assertThat(fragment.body()).contains(signal.toString()).doesNotContain("<html");

        WebSession houten = new WebSession(port);
        houten.login("af.houten", WebSession.DEMO_PASSWORD);
        houten.get("/signalen");
        assertThat(houten.post("/signalen", Map.of("q", word)).body()).doesNotContain(signal.toString());
    }

    @Test
    void enrichmentAndConsultationAreRecordedAndABadFormKeepsWhatWasTyped() {
        officer.get("/signalen/" + signal);
        HttpResponse<String> incomplete = officer.post("/signalen/" + signal + "/verrijking",
                Map.of("source", "PERSONS_REGISTER", "checked", "Inschrijvingen op het adres van de loods",
                        "found", "true"));
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("Beschrijf wat u vond").contains("Inschrijvingen op het adres van de loods");

        HttpResponse<String> recorded = officer.post("/signalen/" + signal + "/verrijking",
                Map.of("source", "PERSONS_REGISTER", "checked", "Inschrijvingen op het adres van de loods",
                        "found", "true", "finding", "Elf personen ingeschreven"));
        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("ENRICHED");

        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/overleg", Map.of("meeting", "LOCAL_UNDERMINING"))
                .statusCode()).isEqualTo(422);
        assertThat(officer.post("/signalen/" + signal + "/overleg", Map.of("meeting", UUID.randomUUID().toString()))
                .statusCode()).as("a meeting Utrecht is not part of").isEqualTo(422);
        UUID meeting = jdbc.sql("select m.id from meeting m join meeting_series s on s.id = m.series_id "
                + "where s.type = 'LOCAL_UNDERMINING' and m.status = 'PLANNED' order by m.held_on desc limit 1")
                .query(UUID.class).single();
        assertThat(officer.post("/signalen/" + signal + "/overleg", Map.of("meeting", meeting.toString()))
                .statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("select meeting_id from signal_consultation where signal_id = ?").param(signal)
                .query(UUID.class).single()).isEqualTo(meeting);
        UUID consultation = jdbc.sql("select id from signal_consultation where signal_id = ?").param(signal)
                .query(UUID.class).single();
        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/overleg/" + consultation + "/uitkomst",
                Map.of("outcome", "Politie pakt het op met de NLA")).statusCode()).isEqualTo(303);

        String page = officer.get("/signalen/" + signal).body();
        assertThat(page).contains("Elf personen ingeschreven").contains("Politie pakt het op met de NLA")
                .contains("Verrijking vastgelegd").contains("Lokaal ondermijningsoverleg");
        assertThat(audited("SIGNAL_ENRICHED")).isEqualTo(1);
        assertThat(audited("CONSULTATION_OUTCOME_RECORDED")).isEqualTo(1);
    }

    @Test
    void theProposalExplainsItsScoreAndALevelBelowTraffickingCountsAtOnce() {
        officer.get("/signalen/" + signal);
        officer.post("/signalen/" + signal + "/oppakken");
        String page = officer.get("/signalen/" + signal).body();
        assertThat(page).contains("Voorstel van Schakel").contains("Overnacht op de werkplek").contains("+2");

        HttpResponse<String> noReason = officer.post("/signalen/" + signal + "/classificatie",
                Map.of("level", "POSSIBLE_TRAFFICKING"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Geef een reden");

        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/classificatie",
                Map.of("level", "POSSIBLE_TRAFFICKING", "reason", "Paspoorten ingenomen")).statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("ASSESSED");
        assertThat(officer.get("/signalen/" + signal).body()).contains("Mogelijk mensenhandel (ernstig vermoeden)");
        assertThat(jdbc.sql("select proposed_level from signal_classification where signal_id = ?").param(signal)
                .query(String.class).single()).isNotBlank();
    }

    @Test
    void oneOfficerAloneCannotSetTrafficking() {
        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/classificatie",
                Map.of("level", "TRAFFICKING", "reason", "Ernstige signalen")).statusCode()).isEqualTo(303);
        assertThat(confirmedLevels()).isEmpty();
        UUID waiting = jdbc.sql("select id from signal_classification where signal_id = ?").param(signal)
                .query(UUID.class).single();

        officer.get("/signalen/" + signal);
        HttpResponse<String> self = officer.post("/signalen/" + signal + "/classificatie/" + waiting + "/bevestigen");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(self.body()).contains("vier ogen");
        assertThat(confirmedLevels()).isEmpty();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("""
                        select u.username from notice n join app_user u on u.id = n.recipient_id
                        where n.signal_id = ? and n.kind = 'CLASSIFICATION_TO_CONFIRM'""")
                        .param(signal).query(String.class).list()).containsExactly("af2.utrecht"));

        WebSession second = new WebSession(port);
        second.login("af2.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(second.get("/signalen/" + signal).body()).contains("wacht op bevestiging");
        assertThat(second.post("/signalen/" + signal + "/classificatie/" + waiting + "/bevestigen").statusCode())
                .isEqualTo(303);
        assertThat(confirmedLevels()).containsExactly("TRAFFICKING");
        assertThat(status()).isEqualTo("ASSESSED");
        assertThat(second.get("/signalen/" + signal).body()).contains("bevestigd door Daan Functionaris");
    }

    @Test
    void closingNeedsTheReporterInformedOrAReasonAndSetsTheRetentionDate() {
        officer.get("/signalen/" + signal);
        officer.post("/signalen/" + signal + "/oppakken");
        officer.get("/signalen/" + signal);
        HttpResponse<String> tooEarly = officer.post("/signalen/" + signal + "/afsluiten",
                Map.of("outcome", "NO_TRAFFICKING"));
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("Informeer eerst de melder");
        assertThat(status()).isEqualTo("IN_TRIAGE");

        HttpResponse<String> filled = officer.post("/signalen/" + signal + "/terugkoppeling",
                Map.of("template", "NO_TRAFFICKING", "action", "fill"));
        assertThat(filled.body()).contains("geen aanwijzingen voor mensenhandel gevonden");
        assertThat(officer.post("/signalen/" + signal + "/terugkoppeling",
                Map.of("template", "NO_TRAFFICKING", "text", "Wij vonden geen aanwijzingen. Dank u wel."))
                .statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("select count(*) from signal_message where signal_id = ? and direction = 'TO_REPORTER' "
                + "and body like 'Wij vonden geen%'").param(signal).query(Integer.class).single()).isEqualTo(1);

        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/afsluiten", Map.of("outcome", "NO_TRAFFICKING"))
                .statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select retain_until from signal_closure where signal_id = ?").param(signal)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now(clock).plusYears(1));
        assertThat(audited("SIGNAL_CLOSED")).isEqualTo(1);

        String page = officer.get("/signalen/" + signal).body();
        assertThat(page).contains("Geen mensenhandel").contains("Melder geïnformeerd");
        HttpResponse<String> afterwards = officer.post("/signalen/" + signal + "/notities", Map.of("body", "nog iets"));
        assertThat(afterwards.statusCode()).isEqualTo(409);
        assertThat(afterwards.body()).contains("is afgesloten");
        assertThat(officer.get("/signalen?bak=CLOSED").body()).contains(signal.toString());
    }

    @Test
    void withdrawingNeedsAReasonButNotTheReporter() {
        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/afsluiten", Map.of("outcome", "WITHDRAWN")).statusCode())
                .isEqualTo(409);
        assertThat(officer.post("/signalen/" + signal + "/afsluiten",
                Map.of("outcome", "WITHDRAWN", "note", "Dubbel ingevoerd door de melder")).statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void anotherMunicipalitysOfficerCannotTakeAnyStep() {
        WebSession houten = new WebSession(port);
        houten.login("af.houten", WebSession.DEMO_PASSWORD);
        houten.get("/signalen");
        for (String step : new String[] {"/notities", "/verrijking", "/overleg", "/classificatie", "/terugkoppeling",
                "/afsluiten"}) {
            HttpResponse<String> response = houten.post("/signalen/" + signal + step, Map.ofEntries(
                    Map.entry("body", "x"), Map.entry("source", "OTHER"), Map.entry("checked", "x"),
                    Map.entry("found", "false"), Map.entry("meeting", "LOCAL_UNDERMINING"),
                    Map.entry("plannedOn", "2026-12-01"), Map.entry("level", "NO_TRAFFICKING"), Map.entry("reason", "x"),
                    Map.entry("template", "HANDED_OVER"), Map.entry("text", "x"), Map.entry("outcome", "WITHDRAWN"),
                    Map.entry("note", "x")));
            assertThat(response.statusCode()).as(step).isEqualTo(404);
            assertThat(response.body()).doesNotContain(description);
        }
        assertThat(jdbc.sql("select count(*) from signal_timeline where signal_id = ?").param(signal)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void routingRefusesOddFormsAndFinishedSignalsWithoutA500() {
        UUID moviera = jdbc.sql("select id from organisation where name = 'Moviera'").query(UUID.class).single();
        officer.get("/signalen/" + signal + "/doorzetten");
        HttpResponse<String> gap = officer.post("/signalen/" + signal + "/doorzetten", List.of(
                Map.entry("partners[3].organisationId", moviera.toString()), Map.entry("partners[3].selected", "true"),
                Map.entry("partners[3].legalBasis", "WGS"), Map.entry("partners[3].parts", "DESCRIPTION"),
                Map.entry("partners[3].feedbackDue", LocalDate.now().plusYears(3).toString())));
        assertThat(gap.statusCode()).isEqualTo(422);
        assertThat(gap.body()).contains("hoogstens een jaar");
        officer.get("/signalen/" + signal);
        assertThat(officer.post("/signalen/" + signal + "/politie").statusCode()).as("not acute").isEqualTo(422);

        officer.get("/signalen/" + signal);
        officer.post("/signalen/" + signal + "/afsluiten", Map.of("outcome", "WITHDRAWN", "note", "Test"));
        officer.get("/signalen/" + signal + "/doorzetten");
        HttpResponse<String> afterwards = officer.post("/signalen/" + signal + "/doorzetten", List.of(
                Map.entry("partners[0].organisationId", moviera.toString()), Map.entry("partners[0].selected", "true"),
                Map.entry("partners[0].legalBasis", "WGS"), Map.entry("partners[0].parts", "DESCRIPTION"),
                Map.entry("partners[0].feedbackDue", LocalDate.now().plusDays(7).toString())));
        assertThat(afterwards.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from referral where signal_id = ?").param(signal).query(Integer.class)
                .single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beheerder", "melder", "analist", "zorgcoordinator", "politie", "ketenregisseur"})
    void otherRolesAreRefusedBeforeAnything(String username) {
        WebSession other = new WebSession(port);
        other.login(username, WebSession.DEMO_PASSWORD);
        other.get("/");
        assertThat(other.post("/signalen/" + signal + "/notities", Map.of("body", "x")).statusCode()).isEqualTo(403);
        assertThat(other.get("/signalen").statusCode()).isEqualTo(403);
    }

    private String row(String page) {
        int at = page.indexOf(signal.toString());
        assertThat(at).as("signal listed").isPositive();
        return page.substring(page.lastIndexOf("<tr", at), at);
    }

    private String status() {
        return jdbc.sql("select status from signal where id = ?").param(signal).query(String.class).single();
    }

    private List<String> confirmedLevels() {
        return jdbc.sql("select level from signal_classification where signal_id = ? and state = 'CONFIRMED'")
                .param(signal).query(String.class).list();
    }

    private int audited(String action) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, signal.toString()).query(Integer.class).single();
    }
}
