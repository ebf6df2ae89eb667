package nl.schakel.routing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.ApiTokens;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.signal.SignalId;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.routing.RoutingFixtures.login;
import static nl.schakel.routing.RoutingFixtures.organisation;
import static nl.schakel.routing.RoutingFixtures.referral;
import static nl.schakel.routing.RoutingFixtures.route;
import static nl.schakel.routing.RoutingFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A labour-exploitation signal routed by Utrecht's officer to the care coordinator, the police and the
 * labour inspectorate's opsporing: each partner sees only what was shared with it, nobody else sees
 * anything, answers follow the state machine, a decline by opsporing proposes toezicht, overdue
 * referrals are reported once, and partners without an account answer once through a secure link.
 */
@SchakelIntegrationTest
class RoutingIntegrationTests {

    private static final String MOVIERA = "Moviera";
    private static final String POLICE = "Politie Midden-Nederland – TMM";
    private static final String OPSPORING = "Nederlandse Arbeidsinspectie – opsporing";
    private static final String TOEZICHT = "Nederlandse Arbeidsinspectie – toezicht";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralReminders reminders;

    @Autowired
    MutableClock clock;

    private UUID signal;
    private String canaryPerson;
    private String description;
    private LocalDate today;

    @BeforeEach
    void aLabourSignalForUtrecht() {
        canaryPerson = "Ion Canary" + UUID.randomUUID().toString().substring(0, 6);
        description = "Mannen worden om vijf uur opgehaald " + UUID.randomUUID();
        signal = RoutingFixtures.labourSignal(intake, jdbc, description, canaryPerson);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRulesRecommendCareCoordinatorPoliceAndOpsporingWithTheirReasons() {
        WebSession officer = login(port, "af.utrecht");
        HttpResponse<String> form = officer.get("/signalen/" + signal + "/doorzetten");

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(MOVIERA, POLICE, OPSPORING, "Altijd: zorgcoördinatie", "Arbeidsuitbuiting",
                "Huisvesting arbeidsmigranten");
        assertThat(checked(form.body(), organisation(jdbc, OPSPORING))).isTrue();
        assertThat(checked(form.body(), organisation(jdbc, "Belle"))).isFalse();
    }

    @Test
    void eachPartnerSeesOnlyWhatWasSharedWithItAndNobodyElseSeesAnything() throws Exception {
        HttpResponse<String> sent = route(login(port, "af.utrecht"), signal,
                row(0, organisation(jdbc, MOVIERA), "WMO_2015", "DESCRIPTION", today.plusDays(14)),
                row(1, organisation(jdbc, POLICE), "MELDCODE", "DESCRIPTION,PERSONS,LOCATION", today.plusDays(7)),
                row(2, organisation(jdbc, OPSPORING), "WGS", "DESCRIPTION,PERSONS", today.plusDays(14)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        assertThat(WebSession.location(sent)).endsWith("/signalen/" + signal + "?stap=doorzetten#doorzetten");
        assertThat(jdbc.sql("select count(*) from referral where signal_id = ? and status = 'SENT'").param(signal)
                .query(Integer.class).single()).isEqualTo(3);
        UUID toMoviera = referral(jdbc, signal, MOVIERA);
        UUID toPolice = referral(jdbc, signal, POLICE);

        WebSession coordinator = login(port, "zorgcoordinator");
        assertThat(coordinator.get("/doorverwijzingen").body()).contains("/doorverwijzingen/" + toMoviera)
                .doesNotContain(description);
        HttpResponse<String> moviera = coordinator.get("/doorverwijzingen/" + toMoviera);
        assertThat(moviera.statusCode()).isEqualTo(200);
        assertThat(moviera.body()).contains(description).doesNotContain(canaryPerson).doesNotContain("Industrieweg")
                .doesNotContain("data-part=\"PERSONS\"");
        HttpResponse<String> police = login(port, "politie").get("/doorverwijzingen/" + toPolice);
        assertThat(police.body()).contains(description, canaryPerson, "Industrieweg");

        assertThat(login(port, "nla.toezicht").get("/doorverwijzingen/" + toMoviera).statusCode()).isEqualTo(404);
        assertThat(coordinator.get("/doorverwijzingen/" + toPolice).statusCode()).isEqualTo(404);
        WebSession houten = login(port, "af.houten");
        assertThat(houten.get("/signalen/" + signal + "/doorzetten").statusCode()).isEqualTo(404);
        assertThat(houten.get("/signalen/" + signal + "/doorverwijzingen").statusCode()).isEqualTo(404);
        assertThat(houten.get("/doorverwijzingen/" + toMoviera).statusCode()).isEqualTo(403);
        assertThat(coordinator.get("/signalen/" + signal + "/doorverwijzingen").statusCode()).isEqualTo(403);

        String movieraToken = token(MOVIERA);
        HttpResponse<String> json = api("GET", "/api/v1/referrals/" + toMoviera, movieraToken, null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains(description, "\"description\"").doesNotContain(canaryPerson)
                .doesNotContain("\"persons\"").doesNotContain("\"location\"");
        assertThat(api("GET", "/api/v1/referrals", movieraToken, null).body()).contains(toMoviera.toString())
                .doesNotContain(toPolice.toString());
        assertThat(api("GET", "/api/v1/referrals/" + toPolice, movieraToken, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/referrals/" + toMoviera, token(TOEZICHT), null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/referrals/niet-een-id", movieraToken, null).statusCode()).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) from audit_record where action = 'REFERRAL_VIEWED' and object_id = ? "
                + "and outcome = 'DENIED'").param(toMoviera.toString()).query(Integer.class).single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'REFERRAL_SENT' and object_id in (?, ?)")
                .params(toMoviera.toString(), toPolice.toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aSecondOpenReferralToTheSamePartnerAndAnOtherBasisWithoutTextAreRefusedKeepingWhatWasTyped() {
        WebSession officer = login(port, "af.utrecht");
        UUID moviera = organisation(jdbc, MOVIERA);
        assertThat(route(officer, signal, row(0, moviera, "WMO_2015", "DESCRIPTION", today)).statusCode())
                .isEqualTo(303);

        HttpResponse<String> again = route(officer, signal, row(0, moviera, "WMO_2015", "DESCRIPTION", today));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Er loopt al een doorverwijzing naar deze partner.");

        Map<String, String> other = row(0, organisation(jdbc, POLICE), "OTHER", "DESCRIPTION", today.minusDays(1));
        HttpResponse<String> refused = route(officer, signal, other);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Licht de grondslag toe").contains("Graag terugkoppeling");
        assertThat(route(officer, signal).statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from referral where signal_id = ?").param(signal).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void opsporingDeclinesTheStateMachineRefusesALaterAcceptAndTheOfficerIsOfferedToezicht() throws Exception {
        WebSession officer = login(port, "af.utrecht");
        route(officer, signal, row(0, organisation(jdbc, OPSPORING), "WGS", "DESCRIPTION", today.plusDays(14)));
        UUID toOpsporing = referral(jdbc, signal, OPSPORING);
        WebSession opsporing = login(port, "nla.opsporing");
        opsporing.get("/doorverwijzingen/" + toOpsporing);

        HttpResponse<String> noReason = opsporing.post("/doorverwijzingen/" + toOpsporing + "/afwijzen",
                Map.of("reason", "  "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Geef een reden waarom u afwijst.");
        assertThat(opsporing.post("/doorverwijzingen/" + toOpsporing + "/afwijzen",
                Map.of("reason", "Geen strafrechtelijke aanknopingspunten")).statusCode()).isEqualTo(303);

        HttpResponse<String> accept = opsporing.post("/doorverwijzingen/" + toOpsporing + "/accepteren");
        assertThat(accept.statusCode()).isEqualTo(409);
        assertThat(accept.body()).contains("‘Afgewezen’").contains("accepteren");
        HttpResponse<String> apiAccept = api("POST", "/api/v1/referrals/" + toOpsporing + "/accept",
                token(OPSPORING), null);
        assertThat(apiAccept.statusCode()).isEqualTo(409);
        assertThat(apiAccept.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        UUID toezicht = organisation(jdbc, TOEZICHT);
        String list = officer.get("/signalen/" + signal + "/doorverwijzingen").body();
        assertThat(list).contains("Geen strafrechtelijke aanknopingspunten")
                .contains("/signalen/" + signal + "/doorzetten?partner=" + toezicht)
                .contains("Doorzetten naar " + TOEZICHT);
        String reroute = officer.get("/signalen/" + signal + "/doorzetten?partner=" + toezicht).body();
        assertThat(checked(reroute, toezicht)).isTrue();
        assertThat(checked(reroute, organisation(jdbc, MOVIERA))).isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> notices("af.utrecht", "REFERRAL_DECLINED", toOpsporing) == 1);
        assertThat(notices("nla.opsporing", "REFERRAL_RECEIVED", toOpsporing)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from referral_waiting_time where referral_id = ? "
                + "and time_to_accept_or_decline is not null").param(toOpsporing).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void thePartnerAcceptsWorksAndGivesFeedbackThroughTheApiAndTheOfficerSeesIt() throws Exception {
        route(login(port, "af.utrecht"), signal, row(0, organisation(jdbc, POLICE), "MELDCODE", "DESCRIPTION",
                today.plusDays(7)));
        UUID toPolice = referral(jdbc, signal, POLICE);
        String token = token(POLICE);

        assertThat(api("POST", "/api/v1/referrals/" + toPolice + "/feedback", token, "{\"feedback\": \"x\"}")
                .statusCode()).isEqualTo(409);
        assertThat(api("POST", "/api/v1/referrals/" + toPolice + "/accept", token, null).statusCode()).isEqualTo(200);
        HttpResponse<String> empty = api("POST", "/api/v1/referrals/" + toPolice + "/feedback", token,
                "{\"feedback\": \" \"}");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(api("POST", "/api/v1/referrals/" + toPolice + "/feedback", token, "{nee").statusCode())
                .isEqualTo(400);
        HttpResponse<String> done = api("POST", "/api/v1/referrals/" + toPolice + "/feedback", token,
                "{\"feedback\": \"Aangifte opgenomen, onderzoek loopt\"}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("FEEDBACK_GIVEN");

        String page = login(port, "af.utrecht").get("/signalen/" + signal + "/doorverwijzingen").body();
        assertThat(page).contains("Aangifte opgenomen, onderzoek loopt").contains("gekoppeld systeem");
        assertThat(jdbc.sql("select role from audit_record where action = 'REFERRAL_FEEDBACK_GIVEN' and object_id = ?")
                .param(toPolice.toString()).query(String.class).single()).isEqualTo("API_CLIENT");
        assertThat(referrals.tallies(organisation(jdbc, "Gemeente Utrecht"), List.of(new SignalId(signal)))
                .get(new SignalId(signal))).isEqualTo(new ReferralTally(1, 0, 0, 1));
    }

    @Test
    void anOverdueReferralIsReportedOnceToPartnerAndOfficerAndCountsAsOverdue() {
        route(login(port, "af.utrecht"), signal, row(0, organisation(jdbc, OPSPORING), "WGS", "DESCRIPTION",
                today.plusDays(2)));
        UUID toOpsporing = referral(jdbc, signal, OPSPORING);
        SignalId id = new SignalId(signal);
        UUID utrecht = organisation(jdbc, "Gemeente Utrecht");
        reminders.run();
        assertThat(referrals.tallies(utrecht, List.of(id)).get(id)).isEqualTo(new ReferralTally(1, 1, 0, 0));

        clock.advance(Duration.ofDays(4));
        reminders.run();

        await().atMost(Duration.ofSeconds(10)).until(() -> notices("af.utrecht", "REFERRAL_OVERDUE", toOpsporing) == 1
                && notices("nla.opsporing", "REFERRAL_OVERDUE_PARTNER", toOpsporing) == 1);
        assertThat(referrals.tallies(utrecht, List.of(id)).get(id)).isEqualTo(new ReferralTally(1, 1, 1, 0));

        reminders.run();
        clock.advance(Duration.ofHours(1));
        reminders.run();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                notices("af.utrecht", "REFERRAL_OVERDUE", toOpsporing) == 1
                        && notices("nla.opsporing", "REFERRAL_OVERDUE_PARTNER", toOpsporing) == 1);
    }

    @Test
    void aPartnerWithoutAnAccountAnswersOnceThroughASecureLinkThatThenIsGone() throws Exception {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        String name = "Opvang zonder account " + UUID.randomUUID().toString().substring(0, 6);
        UUID shelter = organisations.create(region, new OrganisationForm(name, OrganisationType.CARE_PROVIDER, null))
                .id().value();
        WebSession officer = login(port, "af.utrecht");
        assertThat(officer.get("/signalen/" + signal + "/doorzetten").body()).contains("beveiligde link");

        HttpResponse<String> posted = route(officer, signal, row(0, shelter, "CONSENT", "DESCRIPTION", today.plusDays(14)));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        HttpResponse<String> sent = officer.follow(posted);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        // Shown once: a reload finds the links gone and goes to the signal, sending nothing again.
        assertThat(officer.get(WebSession.location(posted)).statusCode()).isEqualTo(303);
        String link = RoutingFixtures.secureLink(sent.body());
        String path = URI.create(link).getPath();
        assertThat(jdbc.sql("select count(*) from referral_link where token_hash like ?")
                .param("%" + path.substring(path.lastIndexOf('/') + 1) + "%").query(Integer.class).single()).isZero();

        WebSession stranger = new WebSession(port);
        HttpResponse<String> open = stranger.get(path);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains(description).doesNotContain(canaryPerson);
        assertThat(open.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(open.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> noText = stranger.post(path, Map.of("answer", "FEEDBACK", "text", ""));
        assertThat(noText.statusCode()).isEqualTo(422);
        HttpResponse<String> answered = stranger.postAndFollow(path, Map.of("answer", "FEEDBACK",
                "text", "Cliënt is opgevangen"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Dank u wel");
        assertThat(stranger.post(path, Map.of("answer", "DECLINE", "text", "Toch niet")).statusCode()).isEqualTo(410);
        assertThat(stranger.get(path).statusCode()).isEqualTo(410);
        assertThat(stranger.get("/doorverwijzing/onbekend-token").statusCode()).isEqualTo(404);

        UUID referral = referral(jdbc, signal, name);
        assertThat(jdbc.sql("select status from referral where id = ?").param(referral).query(String.class).single())
                .isEqualTo("FEEDBACK_GIVEN");
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and role = 'SECURE_LINK'")
                .param(referral.toString()).query(Integer.class).single()).isGreaterThanOrEqualTo(2);

        String expiring = RoutingFixtures.secureLink(officer.follow(route(officer, RoutingFixtures.labourSignal(intake, jdbc, description + " 2",
                canaryPerson), row(0, shelter, "CONSENT", "DESCRIPTION", today.plusDays(14)))).body());
        clock.advance(Duration.ofDays(14 + 7 + 2)); // past the due date and its week of grace
        assertThat(stranger.get(URI.create(expiring).getPath()).statusCode()).isEqualTo(410);
    }

    @Test
    void theAdministratorAddsAndSwitchesOffRulesForTheRegionOnly() {
        WebSession admin = login(port, "beheerder");
        assertThat(admin.get("/admin/doorzetregels").statusCode()).isEqualTo(200);
        HttpResponse<String> noFact = admin.post("/admin/doorzetregels", Map.of("target", "type:POLICE"));
        assertThat(noFact.statusCode()).isEqualTo(422);
        assertThat(noFact.body()).contains("Kies een feit.").contains("value=\"type:POLICE\" selected");
        UUID belle = organisation(jdbc, "Belle");
        assertThat(admin.post("/admin/doorzetregels", Map.of("fact", "UNDOCUMENTED", "target", "org:" + belle))
                .statusCode()).isEqualTo(303);
        assertThat(admin.post("/admin/doorzetregels/termijnen", Map.of("organisationId", belle.toString(),
                "days", "0")).statusCode()).isEqualTo(422);

        WebSession officer = login(port, "af.utrecht");
        assertThat(checked(officer.get("/signalen/" + signal + "/doorzetten").body(), belle)).isTrue();
        assertThat(officer.get("/admin/doorzetregels").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'ROUTING_RULE_CREATED'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);

        UUID rule = jdbc.sql("select id from routing_rule where target_organisation_id = ? and fact = 'UNDOCUMENTED'")
                .param(belle).query(UUID.class).single();
        admin.get("/admin/doorzetregels");
        assertThat(admin.post("/admin/doorzetregels/" + rule + "/deactiveren").statusCode()).isEqualTo(303);
        assertThat(checked(officer.get("/signalen/" + signal + "/doorzetten").body(), belle)).isFalse();
    }

    @Test
    void oneClickRoutesToThePoliceWithEverythingDueTomorrowAndOnlyOnce() {
        WebSession officer = login(port, "af.utrecht");
        officer.get("/signalen/" + signal + "/doorzetten");
        assertThat(referrals.hasOpen(new SignalId(signal))).isFalse();
        assertThat(officer.post("/signalen/" + signal + "/politie").statusCode()).as("only for acute").isEqualTo(422);
        jdbc.sql("update signal set acute = true where id = ?").param(signal).update();

        officer.get("/signalen/" + signal + "/doorzetten");
        assertThat(officer.post("/signalen/" + signal + "/politie").statusCode()).isEqualTo(303);
        assertThat(officer.post("/signalen/" + signal + "/politie").statusCode()).isEqualTo(303);

        assertThat(jdbc.sql("select legal_basis || ' ' || cardinality(parts) || ' ' || (feedback_due - current_date) "
                + "from referral where signal_id = ?").param(signal).query(String.class).list())
                .containsExactly("MELDCODE 8 1");
        assertThat(referrals.hasOpen(new SignalId(signal))).isTrue();
        WebSession houten = login(port, "af.houten");
        houten.get("/");
        assertThat(houten.post("/signalen/" + signal + "/politie").statusCode()).isEqualTo(404);
    }

    @Test
    void theReferralApiIsInTheOpenApiDocument() {
        String document = new WebSession(port).getJson("/v3/api-docs").body();
        assertThat(document).contains("/api/v1/referrals\"", "/api/v1/referrals/{id}\"",
                "/api/v1/referrals/{id}/accept", "/api/v1/referrals/{id}/decline", "/api/v1/referrals/{id}/feedback");
    }

    /** Whether the routing form ticks the partner. */
    private static boolean checked(String page, UUID partner) {
        Matcher row = Pattern.compile("value=\"" + partner + "\">(.*?)</fieldset>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("a row for %s", partner).isTrue();
        return Pattern.compile("name=\"partners\\[\\d+]\\.selected\"[^>]*checked").matcher(row.group(1)).find()
                || Pattern.compile("checked[^>]*name=\"partners\\[\\d+]\\.selected\"").matcher(row.group(1)).find();
    }

    private int notices(String username, String kind, UUID referral) {
        return jdbc.sql("select count(*) from notice n join app_user u on u.id = n.recipient_id where u.username = ? "
                + "and n.kind = ? and n.referral_id = ?").params(username, kind, referral).query(Integer.class).single();
    }

    private String token(String organisationName) {
        return RoutingFixtures.token(tokens, organisations, jdbc, organisationName);
    }

    private HttpResponse<String> api(String method, String path, String token, String body) {
        return RoutingFixtures.api(port, method, path, token, body, null);
    }
}
