package nl.schakel.care;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Trajectories through the pages and the API: the B8 clock with the injectable clock (issue 13's acceptance), the
 * visibility matrix over every demo role, consent and status refusals, and the partner API with its idempotency.
 */
@SchakelIntegrationTest
class CareIntegrationTests {

    private static final String RESTAURANT = "K. (restaurant)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    B8Reminders reminders;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aB8PeriodStartedOnTwentyNovemberEndsOnTwentyFebruaryWithItsNoticeOnTheSixthAndOneAlertAfterwards() {
        WebSession coordinator = WebSession.demoUser(port, "zorgcoordinator");
        UUID trajectory = create(coordinator, "B8 " + UUID.randomUUID().toString().substring(0, 6), "34",
                "UNDOCUMENTED");
        coordinator.get("/trajecten/" + trajectory);
        HttpResponse<String> started = coordinator.post("/trajecten/" + trajectory + "/b8", Map.of("start", "2025-11-20"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        assertThat(coordinator.get("/trajecten/" + trajectory).body()).contains("20-02-2026");

        moveTo(LocalDate.of(2026, 2, 5));
        reminders.run();
        assertThat(sent(trajectory)).isEmpty();

        moveTo(LocalDate.of(2026, 2, 6));
        reminders.run();
        assertThat(sent(trajectory)).containsExactly("DAYS_14_BEFORE_END");
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(trajectory, "B8_DAYS_14_BEFORE_END") == 1);

        moveTo(LocalDate.of(2026, 2, 21));
        reminders.run();
        reminders.run();
        assertThat(sent(trajectory)).containsExactly("DAYS_14_BEFORE_END", "EXPIRED_UNDECIDED");
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(trajectory, "B8_EXPIRED_UNDECIDED") == 1);
        reminders.run();
        assertThat(notices(trajectory, "B8_EXPIRED_UNDECIDED")).isEqualTo(1);
        assertThat(sent(trajectory)).hasSize(2);
    }

    @Test
    void eachDemoRoleSeesOnlyItsPartOfATrajectoryAndTheRestNothing() {
        UUID restaurant = jdbc.sql("select id from trajectory where person_label = ?").param(RESTAURANT)
                .query(UUID.class).single();
        String page = "/trajecten/" + restaurant;

        HttpResponse<String> lead = WebSession.demoUser(port, "zorgcoordinator").get(page);
        assertThat(lead.statusCode()).isEqualTo(200);
        assertThat(lead.body()).contains(RESTAURANT, "20-02-2026", "data-testid=\"status\"", "data-testid=\"consent\"");

        HttpResponse<String> police = WebSession.demoUser(port, "politie").get(page);
        assertThat(police.statusCode()).isEqualTo(200);
        assertThat(police.body()).contains("20-02-2026").doesNotContain(RESTAURANT, "data-testid=\"status\"",
                "data-testid=\"consent\"", "Arbeidsuitbuiting");
        assertThat(WebSession.demoUser(port, "politie").get("/trajecten").body()).contains("20-02-2026").doesNotContain(RESTAURANT);

        for (String officer : List.of("af.utrecht", "af2.utrecht")) {
            HttpResponse<String> status = WebSession.demoUser(port, officer).get(page);
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("data-testid=\"status\"").doesNotContain(RESTAURANT, "20-02-2026",
                    "data-testid=\"consent\"", "Arbeidsuitbuiting");
        }
        for (String nothing : List.of("af.houten", "zorgaanbieder", "zorgaanbieder.belle")) {
            assertThat(WebSession.demoUser(port, nothing).get(page).statusCode()).as(nothing).isEqualTo(404);
            assertThat(WebSession.demoUser(port, nothing).get("/trajecten").body()).as(nothing).doesNotContain(restaurant.toString());
        }
        for (String forbidden : List.of("beheerder", "melder", "leidinggevende", "analist", "veiligthuis",
                "nla.opsporing", "nla.toezicht", "ketenregisseur")) {
            WebSession session = WebSession.demoUser(port, forbidden);
            assertThat(session.get(page).statusCode()).as(forbidden).isEqualTo(403);
            assertThat(session.get("/trajecten").statusCode()).as(forbidden).isEqualTo(403);
        }
        assertThat(WebSession.demoUser(port, "politie").get("/trajecten/nieuw").statusCode()).isEqualTo(403);
        assertThat(audited("TRAJECTORY_VIEWED", restaurant, "DENIED")).isPositive();
        assertThat(audited("TRAJECTORY_VIEWED", restaurant, "SUCCESS")).isPositive();
    }

    @Test
    void theVictimSignsFromSixteenAndAnIllegalMoveIsRefused() {
        WebSession coordinator = WebSession.demoUser(port, "zorgcoordinator");
        UUID young = create(coordinator, "Y. " + UUID.randomUUID().toString().substring(0, 6), "15", "DUTCH_OR_EU");
        coordinator.get("/trajecten/" + young);
        assertThat(coordinator.post("/trajecten/" + young + "/toestemming", Map.of("to", "ASKED")).statusCode())
                .isEqualTo(303);
        coordinator.get("/trajecten/" + young);
        HttpResponse<String> wrongSigner = coordinator.post("/trajecten/" + young + "/toestemming",
                Map.of("to", "GIVEN", "signer", "VICTIM"));
        assertThat(wrongSigner.statusCode()).isEqualTo(422);
        assertThat(wrongSigner.body()).contains("Onder 16 jaar tekent een ouder of voogd.");
        assertThat(coordinator.post("/trajecten/" + young + "/toestemming",
                Map.of("to", "GIVEN", "signer", "PARENT_OR_GUARDIAN")).statusCode()).isEqualTo(303);

        coordinator.get("/trajecten/" + young);
        assertThat(coordinator.post("/trajecten/" + young + "/status", Map.of("to", "AFTERCARE")).statusCode())
                .isEqualTo(409);
        HttpResponse<String> noMunicipality = coordinator.post("/trajecten/nieuw", Map.of("personLabel", "X",
                "residenceStatus", "UNKNOWN", "municipalityReason", "BRP"));
        assertThat(noMunicipality.statusCode()).isEqualTo(422);
    }

    @Test
    void aCareCoordinationSystemReadsAndStartsItsOwnTrajectoriesOnceAndOthersSeeNone() {
        String moviera = token("Moviera", ApiScope.TRAJECTORIES);
        UUID coordinator = jdbc.sql("select id from app_user where username = 'zorgcoordinator'").query(UUID.class)
                .single();
        String body = """
                {"personLabel": "API %s", "leadUserId": "%s", "municipalityId": "%s", "municipalityReason": "BRP",
                 "age": 19, "residenceStatus": "DUTCH_OR_EU", "needs": ["SHELTER"], "exploitationForms": ["SEXUAL"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), coordinator, organisation("Gemeente Utrecht"));
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = api("POST", "/api/v1/trajectories", moviera, body, key);
        HttpResponse<String> again = api("POST", "/api/v1/trajectories", moviera, body, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        String id = first.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(jdbc.sql("select count(*) from trajectory where id = ?").param(UUID.fromString(id))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(api("GET", "/api/v1/trajectories", moviera, null, null).body()).contains(id, RESTAURANT);
        assertThat(api("GET", "/api/v1/trajectories/" + id, moviera, null, null).statusCode()).isEqualTo(200);

        String police = token("Politie Midden-Nederland – TMM", ApiScope.TRAJECTORIES);
        assertThat(api("GET", "/api/v1/trajectories/" + id, police, null, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/trajectories", police, null, null).body()).isEqualTo("[]");
        assertThat(api("POST", "/api/v1/trajectories", police, body, null).statusCode()).isEqualTo(422);
        String referralsOnly = token("Moviera", ApiScope.REFERRALS);
        assertThat(api("GET", "/api/v1/trajectories", referralsOnly, null, null).statusCode()).isEqualTo(403);
    }

    private UUID create(WebSession coordinator, String label, String age, String residence) {
        assertThat(coordinator.get("/trajecten/nieuw").statusCode()).isEqualTo(200);
        List<Map.Entry<String, String>> form = List.of(Map.entry("personLabel", label), Map.entry("age", age),
                Map.entry("municipalityId", organisation("Gemeente Utrecht").toString()),
                Map.entry("municipalityReason", "FOUND_HERE"), Map.entry("residenceStatus", residence),
                Map.entry("exploitationForms", "LABOUR"), Map.entry("needs", "SHELTER"), Map.entry("needs", "LEGAL"));
        HttpResponse<String> created = coordinator.post("/trajecten/nieuw", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return UUID.fromString(WebSession.location(created).replaceAll(".*/trajecten/", ""));
    }

    private void moveTo(LocalDate day) {
        ZoneId zone = clock.getZone();
        clock.reset();
        clock.advance(Duration.between(clock.instant(), day.atTime(LocalTime.NOON).atZone(zone).toInstant()));
    }

    private List<String> sent(UUID trajectory) {
        return jdbc.sql("select notice from b8_notice where trajectory_id = ? order by sent_at").param(trajectory)
                .query(String.class).list();
    }

    private int notices(UUID trajectory, String kind) {
        return jdbc.sql("""
                select count(*) from notice n join app_user u on u.id = n.recipient_id
                where u.username = 'zorgcoordinator' and n.kind = ? and n.link = ?""")
                .params(kind, "/trajecten/" + trajectory).query(Integer.class).single();
    }

    private int audited(String action, UUID object, String outcome) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and outcome = ?")
                .params(action, object.toString(), outcome).query(Integer.class).single();
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }


    private String token(String organisationName, ApiScope scope) {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class)
                .single());
        return tokens.create(region, new OrganisationId(organisation(organisationName)),
                "Koppeling " + UUID.randomUUID().toString().substring(0, 6), Set.of(scope), null, admin).value();
    }

    private HttpResponse<String> api(String method, String path, String token, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.GET();
        }
        return new WebSession(port).send(request.build());
    }
}
