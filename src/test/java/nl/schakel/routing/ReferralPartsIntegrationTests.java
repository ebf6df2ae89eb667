package nl.schakel.routing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiTokens;
import nl.schakel.intake.Receipt;
import nl.schakel.intake.ReporterFollowUp;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.routing.RoutingFixtures.api;
import static nl.schakel.routing.RoutingFixtures.login;
import static nl.schakel.routing.RoutingFixtures.organisation;
import static nl.schakel.routing.RoutingFixtures.referral;
import static nl.schakel.routing.RoutingFixtures.route;
import static nl.schakel.routing.RoutingFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals partners can act on (issue 16 item 3, decision 0035): the weighing, the enrichment and the conversation
 * with the reporter reach a partner only when ticked for that partner, as they were when sent, never with the
 * reporter's identity; feedback may be given more than once, and completing is a confirmed step that happens once.
 */
@SchakelIntegrationTest
class ReferralPartsIntegrationTests {

    private static final String MOVIERA = "Moviera";
    private static final String POLICE = "Politie Midden-Nederland – TMM";
    private static final String OPSPORING = "Nederlandse Arbeidsinspectie – opsporing";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    ReporterFollowUp followUp;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    ReferralFigures figures;

    @Autowired
    MutableClock clock;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachCapturedPartReachesOnlyThePartnerItWasTickedForAsItWasWhenSentAndNeverTheReporter() {
        String reporterName = "Rianne Meldkanarie" + run;
        String reporterEmail = "meldkanarie" + run + "@example.org";
        Receipt receipt = intake.receivePublic(form("Loods aan de haven, mannen slapen er " + run, reporterName,
                reporterEmail), List.of());
        UUID signal = receipt.signalId().value();
        String weighing = "Wegingkanarie" + run;
        String enrichment = "Verrijkingkanarie" + run;
        String question = "Vraagkanarie" + run;
        String answer = "Antwoordkanarie" + run;
        WebSession officer = takeUp(signal);
        String page = "/signalen/" + signal;
        officer.post(page + "/verrijking", Map.of("source", "CHAMBER_OF_COMMERCE", "checked", enrichment,
                "found", "true", "finding", "Uitzendbureau zonder personeel"));
        officer.get(page);
        officer.post(page + "/classificatie", Map.of("level", "POSSIBLE_TRAFFICKING", "reason", weighing));
        officer.get(page);
        officer.post(page + "/bericht", Map.of("body", question));
        assertThat(followUp.replyByReceipt(receipt.code(), answer)).isTrue();

        String preview = officer.get(page + "/doorzetten").body();
        assertThat(preview).as("the preview shows what each part would share")
                .contains("data-testid=\"captured-preview\"", weighing, enrichment, question, answer,
                        "Mogelijk mensenhandel", "Handelsregister (KvK)")
                .doesNotContain(reporterName, reporterEmail);
        LocalDate due = LocalDate.now(clock).plusDays(7);
        HttpResponse<String> sent = route(officer, signal,
                row(0, organisation(jdbc, MOVIERA), "WMO_2015", "DESCRIPTION,WEIGHING", due),
                row(1, organisation(jdbc, POLICE), "MELDCODE", "DESCRIPTION,ENRICHMENT,REPORTER_ANSWERS", due),
                row(2, organisation(jdbc, OPSPORING), "WGS", "DESCRIPTION", due));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String later = "Latereverrijkingkanarie" + run;
        officer.get(page);
        officer.post(page + "/verrijking", Map.of("source", "HOUSING", "checked", later, "found", "false"));

        List<String> never = List.of(reporterName, reporterEmail, later);
        seesOnly(login(port, "zorgcoordinator"), referral(jdbc, signal, MOVIERA), MOVIERA,
                List.of(weighing), concat(never, enrichment, question, answer), Set.of(SharedPart.WEIGHING));
        seesOnly(login(port, "politie"), referral(jdbc, signal, POLICE), POLICE,
                List.of(enrichment, question, answer), concat(never, weighing),
                Set.of(SharedPart.ENRICHMENT, SharedPart.REPORTER_ANSWERS));
        seesOnly(login(port, "nla.opsporing"), referral(jdbc, signal, OPSPORING), OPSPORING,
                List.of(), concat(never, weighing, enrichment, question, answer), Set.of());
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'REFERRAL_PARTS_PREVIEWED' "
                + "and object_id = ?").param(signal.toString()).query(Integer.class).single()).isPositive();
    }

    @Test
    void feedbackComesMoreThanOnceAndCompletingIsAConfirmedStepThatHappensOnce() {
        UUID signal = RoutingFixtures.labourSignal(intake, jdbc, "Schoonmakers zonder contract " + run, "Piet " + run);
        WebSession officer = takeUp(signal);
        officer.post("/signalen/" + signal + "/classificatie", Map.of("level", "POSSIBLE_TRAFFICKING",
                "reason", "Loon ingehouden"));
        route(officer, signal, row(0, organisation(jdbc, MOVIERA), "WMO_2015", "DESCRIPTION",
                LocalDate.now(clock).plusDays(14)));
        UUID referral = referral(jdbc, signal, MOVIERA);
        String detail = "/doorverwijzingen/" + referral;
        WebSession partner = login(port, "zorgcoordinator");
        partner.get(detail);
        assertThat(partner.post(detail + "/accepteren").statusCode()).isEqualTo(303);
        partner.get(detail);
        assertThat(partner.post(detail + "/terugkoppeling", Map.of("feedback", "Eerste gesprek gevoerd " + run))
                .statusCode()).isEqualTo(303);
        Instant first = figures.figure(new ReferralId(referral)).orElseThrow().feedbackAt();
        clock.advance(Duration.ofMinutes(1));
        String page = partner.get(detail).body();
        assertThat(page).as("the partner still acts: more feedback, or complete")
                .contains("Schoonmakers zonder contract " + run, "data-testid=\"complete-link\"");
        assertThat(partner.post(detail + "/terugkoppeling", Map.of("feedback", "Opvang geregeld " + run))
                .statusCode()).isEqualTo(303);

        assertThat(partner.get(detail).body()).contains("Eerste gesprek gevoerd " + run, "Opvang geregeld " + run);
        String step = officer.get("/signalen/" + signal + "?stap=terugkoppelen").body();
        assertThat(step).contains("data-testid=\"partner-feedback\"", "Eerste gesprek gevoerd " + run,
                "Opvang geregeld " + run);
        assertThat(figures.figure(new ReferralId(referral)).orElseThrow().feedbackAt())
                .as("monitoring counts the first feedback").isEqualTo(first);
        assertThat(events(referral, ReferralStatus.FEEDBACK_GIVEN)).isEqualTo(2);

        HttpResponse<String> question = partner.get(detail + "/afronden");
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("data-testid=\"complete-question\"", "data-testid=\"complete-form\"");
        assertThat(status(referral)).as("asking is not completing").isEqualTo(ReferralStatus.FEEDBACK_GIVEN);
        HttpResponse<String> done = partner.post(detail + "/afronden");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(done)).endsWith(detail);
        assertThat(partner.follow(done).body()).contains("U hebt de doorverwijzing afgerond.")
                .doesNotContain("Schoonmakers zonder contract " + run);
        partner.get(detail);
        assertThat(partner.post(detail + "/afronden").statusCode()).as("completing twice").isEqualTo(409);
        assertThat(partner.post(detail + "/terugkoppeling", Map.of("feedback", "Te laat")).statusCode())
                .isEqualTo(409);
        assertThat(events(referral, ReferralStatus.CLOSED)).isEqualTo(1);
        assertThat(officer.get("/signalen/" + signal + "/doorverwijzingen/" + referral + "/afronden").statusCode())
                .as("nothing left to complete: back to the step").isEqualTo(303);
    }

    @Test
    void theApiGivesFeedbackMoreThanOnceAndCompletesOnceWithTheIdempotencyKeyReplayed() {
        UUID signal = RoutingFixtures.labourSignal(intake, jdbc, "Bouwplaats zonder toezicht " + run, "Jan " + run);
        route(takeUp(signal), signal, row(0, organisation(jdbc, POLICE), "MELDCODE", "DESCRIPTION",
                LocalDate.now(clock).plusDays(7)));
        String path = "/api/v1/referrals/" + referral(jdbc, signal, POLICE);
        String token = RoutingFixtures.token(tokens, organisations, jdbc, POLICE);
        assertThat(api(port, "POST", path + "/accept", token, null, null).statusCode()).isEqualTo(200);
        assertThat(api(port, "POST", path + "/complete", token, null, null).statusCode())
                .as("no feedback yet").isEqualTo(409);
        assertThat(api(port, "POST", path + "/feedback", token, "{\"feedback\": \"Verhoor gepland\"}", null)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> second = api(port, "POST", path + "/feedback", token,
                "{\"feedback\": \"Aangifte opgenomen\"}", null);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"feedbackEntries\"", "Verhoor gepland", "Aangifte opgenomen",
                "\"organisationName\":\"" + POLICE + "\"");

        String key = "afronden-" + run;
        HttpResponse<String> completed = api(port, "POST", path + "/complete", token, null, key);
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(completed.body()).contains("\"status\":\"CLOSED\"").doesNotContain("Bouwplaats zonder toezicht");
        HttpResponse<String> replayed = api(port, "POST", path + "/complete", token, null, key);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(api(port, "POST", path + "/complete", token, null, null).statusCode()).isEqualTo(409);
        assertThat(events(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)), ReferralStatus.CLOSED))
                .isEqualTo(1);
    }

    /**
     * The partner's page and API hold every {@code shown} canary and none of {@code hidden}, and of the captured parts
     * only those {@code ticked}: an unticked one is not even an empty heading or an empty list.
     */
    private void seesOnly(WebSession partner, UUID referral, String organisationName, List<String> shown,
            List<String> hidden, Set<SharedPart> ticked) {
        HttpResponse<String> page = partner.get("/doorverwijzingen/" + referral);
        assertThat(page.statusCode()).isEqualTo(200);
        shown.forEach(canary -> assertThat(page.body()).as("page of %s", organisationName).contains(canary));
        hidden.forEach(canary -> assertThat(page.body()).as("page of %s", organisationName).doesNotContain(canary));
        String json = api(port, "GET", "/api/v1/referrals/" + referral,
                RoutingFixtures.token(tokens, organisations, jdbc, organisationName), null, null).body();
        shown.forEach(canary -> assertThat(json).as("API for %s", organisationName).contains(canary));
        hidden.forEach(canary -> assertThat(json).as("API for %s", organisationName).doesNotContain(canary));
        Map<SharedPart, String> fields = Map.of(SharedPart.WEIGHING, "\"weighing\"", SharedPart.ENRICHMENT,
                "\"enrichment\"", SharedPart.REPORTER_ANSWERS, "\"reporterAnswers\"");
        fields.forEach((part, field) -> {
            assertThat(page.body().contains("data-part=\"" + part + "\"")).as("%s on the page of %s", part,
                    organisationName).isEqualTo(ticked.contains(part));
            assertThat(json.contains(field)).as("%s in the API for %s", part, organisationName)
                    .isEqualTo(ticked.contains(part));
        });
    }

    private WebSession takeUp(UUID signal) {
        WebSession officer = login(port, "af.utrecht");
        String page = "/signalen/" + signal;
        officer.get(page);
        officer.post(page + "/oppakken");
        officer.get(page);
        return officer;
    }

    private int events(UUID referral, ReferralStatus status) {
        return jdbc.sql("select count(*) from referral_event where referral_id = ? and status = ?")
                .params(referral, status.name()).query(Integer.class).single();
    }

    private ReferralStatus status(UUID referral) {
        return ReferralStatus.valueOf(jdbc.sql("select status from referral where id = ?").param(referral)
                .query(String.class).single());
    }

    private static List<String> concat(List<String> list, String... more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.Arrays.stream(more)).toList();
    }

    /** A public signal whose reporter leaves a name and an e-mail address (sealed, never shared). */
    private SignalForm form(String description, String reporterName, String reporterEmail) {
        return new SignalForm(description, "vorige week", organisation(jdbc, "Gemeente Utrecht"), "Havenweg 1, Utrecht",
                List.of(new PersonEntry("Marek " + run, PersonEntry.Sex.MALE, 29, null, "Pools", null,
                        PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(new AddressEntry("Havenweg", "1", "3542 AA", "Utrecht")), null, null, null, null, null,
                null, Set.of("LABOUR"), Set.of(Vulnerability.DEBTS), false, false, false, false, false,
                ReporterType.RESIDENT, false, reporterName, null, null, reporterEmail, false, null, null, null);
    }
}
