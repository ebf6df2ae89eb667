package nl.schakel.shelter;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserAdministration;
import nl.schakel.access.UserId;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placements on real PostgreSQL: the last free place is given once, the sealed address shows only to the coordinator
 * of a placement made and nowhere else, and a care provider sees only its own placements.
 */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ShelterPlacementIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareOffer offer;

    @Autowired
    CapacityBoard board;

    @Autowired
    Placements placements;

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MutableClock clock;

    @AfterEach
    void stopActing() {
        ModuleFixtures.stopActing();
        clock.reset();
    }

    @Test
    void aRequestLeftUnansweredForThreeDaysExpiresOnceThroughItsStateAndIsAudited() {
        UUID service = lastPlaceAt("Belle", null);
        UUID id = request("zorgcoordinator", service);
        clock.advance(Placements.EXPIRES_AFTER.minusMinutes(1));
        placements.expire();
        assertThat(status(id)).isEqualTo(PlacementStatus.REQUESTED.name());

        clock.advance(Duration.ofMinutes(2));
        placements.expire();
        placements.expire();

        assertThat(status(id)).isEqualTo(PlacementStatus.EXPIRED.name());
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'PLACEMENT_EXPIRED' and object_id = ?")
                .param(id.toString()).query(Integer.class).single()).as("one audit record").isEqualTo(1);
        SchakelUser provider = ModuleFixtures.actAs(jdbc, "zorgaanbieder.belle");
        assertThat(placements.find(provider, id)).map(Placement::status).contains(PlacementStatus.EXPIRED);
        placements.visibleTo(provider);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'PLACEMENT_READ' and object_id = ?")
                .param(id.toString()).query(Integer.class).single()).as("the read of the request").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'PLACEMENT_LIST_READ' and object_id = ?")
                .param(provider.organisationId().toString()).query(Integer.class).single())
                .as("the read of the list").isPositive();
    }

    private String status(UUID id) {
        return jdbc.sql("select status from placement_request where id = ?").param(id).query(String.class).single();
    }

    @Test
    void twoCoordinatorsPlacingIntoTheLastFreePlaceAtOnceGetItExactlyOnce() throws Exception {
        UUID service = lastPlaceAt("Belle", null);
        String second = TestUsers.create(users, organisations, "Moviera", Role.CARE_COORDINATOR);
        UUID first = acceptedRequest("zorgcoordinator", service);
        UUID other = acceptedRequest(second, service);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (var attempt : List.of(Map.entry("zorgcoordinator", first), Map.entry(second, other))) {
            outcomes.add(threads.submit(() -> {
                SchakelUser coordinator = ModuleFixtures.actAs(jdbc, attempt.getKey());
                start.await();
                try {
                    placements.place(coordinator, attempt.getValue());
                    return "PLACED";
                } catch (PlaceTakenException e) {
                    return "TAKEN";
                } finally {
                    ModuleFixtures.stopActing();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(results).containsExactlyInAnyOrder("PLACED", "TAKEN");
        assertThat(available(service)).isZero();
        assertThat(jdbc.sql("select count(*) from placement_request where service_id = ? and status = 'PLACED'")
                .param(service).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from capacity_history where service_id = ? and cause = 'PLACEMENT'")
                .param(service).query(Integer.class).single()).isEqualTo(1);

        // Through the page, the one who comes too late keeps the page and is told in words (409).
        UUID late = acceptedRequest("zorgcoordinator", service);
        WebSession web = login("zorgcoordinator");
        web.get("/opvang/plaatsingen/" + late);
        HttpResponse<String> refused = web.post("/opvang/plaatsingen/" + late + "/plaatsen");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("De plek is net vergeven").contains("Plaatsen");
    }

    @Test
    void theSealedAddressShowsOnlyToTheCoordinatorOfAPlacementMadeAndNowhereElse(CapturedOutput output)
            throws Exception {
        String canary = "Kanarieweg " + UUID.randomUUID();
        UUID service = lastPlaceAt("Belle", canary);
        UUID request = acceptedRequest("zorgcoordinator", service);
        WebSession coordinator = login("zorgcoordinator");
        WebSession provider = login("zorgaanbieder.belle");

        assertThat(coordinator.get("/opvang/plaatsingen/" + request + "/adres").statusCode())
                .as("not before the placement is made").isEqualTo(404);
        List<String> seen = new ArrayList<>();
        coordinator.get("/opvang/zoeken");
        seen.add(coordinator.follow(coordinator.post("/opvang/zoeken", Map.of("age", "30", "sex", "FEMALE",
                "form", "SEXUAL", "area", "UTRECHT", "residenceStatus", "LEGAL", "_unaccompaniedMinor", "on"))).body());
        for (String path : List.of("/opvang", "/opvang/aanbod/" + service, "/zorgaanbod", "/opvang/plaatsingen", "/opvang/plaatsingen/" + request)) {
            seen.add(coordinator.get(path).body());
        }
        seen.add(coordinator.getJson("/zorgaanbod/hsds.json").body());
        for (String path : List.of("/zorgaanbod", "/zorgaanbod/" + service, "/opvang/plaatsingen/" + request)) {
            seen.add(provider.get(path).body());
        }
        seen.add(Workbooks.text(coordinator.client().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/zorgaanbod/export.xlsx")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body()));
        String token = token("Belle");
        seen.add(api("/api/v1/services", token));
        seen.add(api("/api/v1/capacity", token));
        assertThat(seen).as("pages, lists, exports and the API").allSatisfy(body -> assertThat(body)
                .contains("Laatste plek").doesNotContain(canary));

        assertThat(coordinator.post("/opvang/plaatsingen/" + request + "/plaatsen").statusCode()).isEqualTo(303);
        int reads = addressReads(request);
        HttpResponse<String> address = coordinator.get("/opvang/plaatsingen/" + request + "/adres");
        assertThat(address.statusCode()).isEqualTo(200);
        assertThat(address.body()).contains(canary);
        assertThat(addressReads(request)).as("every read is audited").isEqualTo(reads + 1);
        assertThat(provider.get("/opvang/plaatsingen/" + request + "/adres").statusCode())
                .as("the provider does not read it here").isEqualTo(403);
        assertThat(jdbc.sql("select encode(sealed, 'escape') from shelter_address where service_id = ?")
                .param(service).query(String.class).single()).doesNotContain(canary);
        assertThat(output.getAll()).as("the log").doesNotContain(canary);
    }

    @Test
    void careProvidersSeeOnlyTheirOwnPlacements() {
        UUID atBelle = request("zorgcoordinator", serviceOf("Belle opvang 18+"));
        UUID atPrettyHuman = request("zorgcoordinator", serviceOf("Pretty Human jongerenopvang"));
        List<String> usernames = List.of("beheerder", "melder", "leidinggevende", "af.utrecht", "af2.utrecht",
                "af.houten", "analist", "zorgcoordinator", "veiligthuis", "politie", "nla.opsporing", "nla.toezicht",
                "ketenregisseur", "zorgaanbieder", "zorgaanbieder.belle");
        assertThat(jdbc.sql("select count(distinct role) from user_role r join app_user u on u.id = r.user_id "
                + "where u.username in (:names)").param("names", usernames).query(Integer.class).single())
                .as("the matrix covers every role").isEqualTo(Role.values().length);
        Map<String, Set<UUID>> expected = Map.of("zorgcoordinator", Set.of(atBelle, atPrettyHuman),
                "zorgaanbieder.belle", Set.of(atBelle), "zorgaanbieder", Set.of(atPrettyHuman));
        for (String username : usernames) {
            WebSession session = login(username);
            HttpResponse<String> list = session.get("/opvang/plaatsingen");
            Set<UUID> mine = expected.getOrDefault(username, Set.of());
            assertThat(list.statusCode()).as(username).isEqualTo(expected.containsKey(username) ? 200 : 403);
            for (UUID id : List.of(atBelle, atPrettyHuman)) {
                assertThat(list.body().contains(id.toString())).as(username + " lists " + id).isEqualTo(mine.contains(id));
                int status = session.get("/opvang/plaatsingen/" + id).statusCode();
                assertThat(status).as(username + " opens " + id)
                        .isEqualTo(mine.contains(id) ? 200 : expected.containsKey(username) ? 404 : 403);
            }
        }
    }

    private UUID lastPlaceAt(String providerName, String address) {
        UUID provider = ModuleFixtures.organisation(jdbc, providerName);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(provider).query(UUID.class)
                .single();
        UUID service = offer.saveAsRegion(region, provider, new ServiceDescription("Laatste plek " + UUID.randomUUID(),
                ServiceKind.SHELTER, EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 18, 99,
                Target.VICTIM, false, false, EnumSet.of(ServiceArea.UTRECHT), Set.of(), Set.of(), Set.of(),
                IntakeRoute.CARE_COORDINATOR, Payer.MUNICIPALITY, 0, null), address);
        board.reportAsProvider(service, new CapacityUpdate("bedden", 1, 1, 1, 0, 0, CapacityStatus.CAPACITY), null);
        return service;
    }

    private UUID request(String coordinator, UUID service) {
        UUID id = placements.request(ModuleFixtures.actAs(jdbc, coordinator),
                new Placements.Request(service, null, null, null));
        ModuleFixtures.stopActing();
        return id;
    }

    private UUID acceptedRequest(String coordinator, UUID service) {
        UUID id = request(coordinator, service);
        placements.accept(ModuleFixtures.actAs(jdbc, "zorgaanbieder.belle"), id);
        ModuleFixtures.stopActing();
        return id;
    }

    private UUID serviceOf(String name) {
        return jdbc.sql("select id from care_service where name = ?").param(name).query(UUID.class).single();
    }

    private int available(UUID service) {
        return jdbc.sql("select available from capacity where service_id = ?").param(service).query(Integer.class)
                .single();
    }

    private int addressReads(UUID request) {
        return jdbc.sql("select count(*) from audit_record where action = 'SHELTER_ADDRESS_READ' and object_id = ? "
                + "and outcome = 'SUCCESS'").param(request.toString()).query(Integer.class).single();
    }

    private String token(String organisationName) {
        var region = organisations.region("midden-nederland").orElseThrow().id();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class)
                .single());
        return tokens.create(region, new OrganisationId(ModuleFixtures.organisation(jdbc, organisationName)),
                "Opvang " + UUID.randomUUID().toString().substring(0, 6), Set.of(ApiScope.CARE_OFFER), null, admin)
                .value();
    }

    private String api(String path, String token) throws Exception {
        HttpResponse<String> response = new WebSession(port).client().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login(username, username.startsWith("test-") ? TestUsers.PASSWORD
                : WebSession.DEMO_PASSWORD))).doesNotContain("error");
        return session;
    }
}
