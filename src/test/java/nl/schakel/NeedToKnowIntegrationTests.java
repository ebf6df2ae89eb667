package nl.schakel;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know as a matrix, not a sample (domain §12): every demo user, and an API token of every
 * organisation of the region, against a Utrecht signal routed to Moviera only and a Houten signal.
 * Only Utrecht's designated officers reach the Utrecht signal, only Houten's the Houten signal, only
 * Moviera the referral — in the UI and in the API; everyone else is refused and learns nothing.
 */
@SchakelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedToKnowIntegrationTests {

    private static final List<String> USERS = List.of("beheerder", "melder", "leidinggevende", "af.utrecht",
            "af2.utrecht", "af.houten", "analist", "zorgcoordinator", "veiligthuis", "politie", "nla.opsporing",
            "nla.toezicht", "ketenregisseur", "zorgaanbieder", "zorgaanbieder.belle");
    private static final Set<String> UTRECHT_OFFICERS = Set.of("af.utrecht", "af2.utrecht");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    private UUID utrecht;
    private UUID houten;
    private UUID referral;
    private String utrechtText;
    private String houtenText;

    @BeforeAll
    void aRoutedUtrechtSignalAndAHoutenSignal() {
        utrechtText = "Utrechtse inhoud " + UUID.randomUUID();
        houtenText = "Houtense inhoud " + UUID.randomUUID();
        utrecht = TestSignals.sendPublic(port, jdbc, utrechtText, "Gemeente Utrecht",
                List.of(Map.entry("exploitationForms", "SEXUAL"))).id();
        houten = TestSignals.sendPublic(port, jdbc, houtenText, "Gemeente Houten", List.of()).id();
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        officer.get("/signalen/" + utrecht + "/doorzetten");
        UUID moviera = jdbc.sql("select id from organisation where name = 'Moviera'").query(UUID.class).single();
        HttpResponse<String> routed = officer.post("/signalen/" + utrecht + "/doorzetten", List.of(
                Map.entry("partners[0].organisationId", moviera.toString()), Map.entry("partners[0].selected", "true"),
                Map.entry("partners[0].legalBasis", "WGS"), Map.entry("partners[0].parts", "DESCRIPTION"),
                Map.entry("partners[0].feedbackDue", java.time.LocalDate.now().plusDays(14).toString())));
        assertThat(routed.statusCode()).as(routed.body()).isEqualTo(303);
        referral = jdbc.sql("select id from referral where signal_id = ?").param(utrecht).query(UUID.class).single();
    }

    Stream<String> users() {
        return USERS.stream();
    }

    @ParameterizedTest
    @MethodSource("users")
    void theUiGivesEachUserOnlyWhatTheirOrganisationAndRoleNeed(String username) {
        WebSession user = new WebSession(port);
        user.login(username, WebSession.DEMO_PASSWORD);
        user.get("/");
        boolean utrechtOfficer = UTRECHT_OFFICERS.contains(username);

        for (String path : List.of("/signalen/" + utrecht, "/signalen/" + utrecht + "/stapeling",
                "/signalen/" + utrecht + "/doorzetten", "/signalen/" + utrecht + "/doorverwijzingen")) {
            expect(user.get(path), utrechtOfficer, path, utrechtText);
        }
        expect(user.get("/signalen/" + houten), username.equals("af.houten"), "houten", houtenText);
        expect(user.get("/doorverwijzingen/" + referral), username.equals("zorgcoordinator"), "referral", utrechtText);

        for (String list : List.of("/signalen", "/signalen?bak=CLOSED", "/signalen/mijn", "/doorverwijzingen", "/")) {
            HttpResponse<String> response = user.get(list);
            assertThat(response.statusCode()).as(list).isNotEqualTo(500);
            boolean mayList = list.startsWith("/signalen?") || list.equals("/signalen") ? utrechtOfficer
                    : list.equals("/doorverwijzingen") && username.equals("zorgcoordinator");
            if (!mayList) {
                assertThat(response.body()).as(list).doesNotContain(utrecht.toString()).doesNotContain(referral.toString())
                        .doesNotContain(utrechtText);
            }
            if (!username.equals("af.houten")) {
                assertThat(response.body()).as(list).doesNotContain(houten.toString());
            }
        }

        if (!utrechtOfficer) {
            for (String step : List.of("/notities", "/classificatie", "/afsluiten", "/politie", "/doorzetten",
                    "/doorverwijzingen/" + referral + "/intrekken")) {
                HttpResponse<String> response = user.post("/signalen/" + utrecht + step, Map.of("body", "x",
                        "level", "NO_TRAFFICKING", "reason", "x", "outcome", "WITHDRAWN", "note", "x"));
                assertThat(response.statusCode()).as(step).isIn(403, 404);
            }
        }
        if (!username.equals("zorgcoordinator")) {
            HttpResponse<String> decline = user.post("/doorverwijzingen/" + referral + "/afwijzen",
                    Map.of("reason", "niet voor ons"));
            assertThat(decline.statusCode()).isIn(403, 404);
            assertThat(decline.body()).doesNotContain(utrechtText);
        }
        assertThat(referralStatus()).isEqualTo("SENT");
        assertThat(jdbc.sql("select count(*) from signal_note where signal_id = ?").param(utrecht)
                .query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @MethodSource("organisationNames")
    void theApiGivesEachOrganisationOnlyItsOwnReferrals(String organisation) {
        String token = token(organisation, ApiScope.REFERRALS);
        boolean moviera = organisation.equals("Moviera");

        HttpResponse<String> one = api("GET", "/api/v1/referrals/" + referral, token, null);
        assertThat(one.statusCode()).isEqualTo(moviera ? 200 : 404);
        HttpResponse<String> list = api("GET", "/api/v1/referrals", token, null);
        assertThat(list.statusCode()).isEqualTo(200);
        if (moviera) {
            assertThat(one.body()).contains(utrechtText);
            assertThat(list.body()).contains(referral.toString());
        } else {
            assertThat(one.body()).doesNotContain(utrechtText);
            assertThat(list.body()).doesNotContain(referral.toString()).doesNotContain(utrechtText);
            for (String action : List.of("accept", "decline", "feedback")) {
                HttpResponse<String> answer = api("POST", "/api/v1/referrals/" + referral + "/" + action, token,
                        "{\"reason\":\"x\",\"feedback\":\"x\"}");
                assertThat(answer.statusCode()).as(action).isEqualTo(404);
            }
        }
        assertThat(api("GET", "/api/v1/referrals/" + referral, token(organisation, ApiScope.SIGNALS_WRITE), null)
                .statusCode()).isEqualTo(403);
        assertThat(referralStatus()).isEqualTo("SENT");
    }

    Stream<String> organisationNames() {
        return organisations.inRegion(region()).stream().map(Organisation::name);
    }

    private static void expect(HttpResponse<String> response, boolean allowed, String what, String content) {
        if (allowed) {
            assertThat(response.statusCode()).as(what).isEqualTo(200);
        } else {
            assertThat(response.statusCode()).as(what).isIn(403, 404);
            assertThat(response.body()).as(what).doesNotContain(content);
        }
    }

    private String referralStatus() {
        return jdbc.sql("select status from referral where id = ?").param(referral).query(String.class).single();
    }

    private RegionId region() {
        return organisations.region("midden-nederland").orElseThrow().id();
    }

    private String token(String organisation, ApiScope scope) {
        Organisation partner = organisations.inRegion(region()).stream().filter(o -> o.name().equals(organisation))
                .findFirst().orElseThrow();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'")
                .query(UUID.class).single());
        return tokens.create(region(), partner.id(), "Matrix " + UUID.randomUUID().toString().substring(0, 6),
                Set.of(scope), null, admin).value();
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
