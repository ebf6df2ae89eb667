package nl.schakel.cases;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.cases.CaseFixtures.api;
import static nl.schakel.cases.CaseFixtures.login;
import static nl.schakel.cases.CaseFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees what of the demo case (led by Utrecht; Moviera and Pretty Human with the care scope, the police with the
 * criminal scope), for every demo role, through the screens and through the API. The administrative dwangsom is
 * Utrecht's only; a care entry and a criminal entry in the log reach only their scopes.
 */
@SchakelIntegrationTest
class CaseScopeMatrixIntegrationTests {

    private static final List<String> TABS = List.of("", "/overzicht", "/signalen", "/betrokkenen", "/deelnemers",
            "/mijlpalen", "/interventies", "/logboek");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    private UUID id;
    private UUID dwangsom;
    private String careNote;
    private String criminalNote;

    @BeforeEach
    void theDemoCaseWithACareAndACriminalLogEntry() {
        id = CaseFixtures.demoCase(jdbc);
        dwangsom = jdbc.sql("select id from case_intervention where case_id = ? and type_code = 'ORDER_SUBJECT_TO_PENALTY'")
                .param(id).query(UUID.class).single();
        careNote = "Zorgnotitie " + UUID.randomUUID();
        criminalNote = "Strafrechtelijke notitie " + UUID.randomUUID();
        WebSession officer = login(port, "af.utrecht");
        officer.get("/casussen/" + id + "/logboek");
        assertThat(officer.post("/casussen/" + id + "/logboek", Map.of("kind", "NOTE", "scope", "CARE", "text",
                careNote)).statusCode()).isEqualTo(303);
        assertThat(officer.post("/casussen/" + id + "/logboek", Map.of("kind", "NOTE", "scope", "CRIMINAL", "text",
                criminalNote)).statusCode()).isEqualTo(303);
    }

    @Test
    void theLeadSeesEverything() {
        WebSession officer = login(port, "af.utrecht");
        for (String tab : TABS) {
            assertThat(officer.get("/casussen/" + id + tab).statusCode()).as(tab).isEqualTo(200);
        }
        assertThat(officer.get("/casussen/" + id + "/interventies/" + dwangsom).body())
                .contains("Last onder dwangsom", "art. 125 Gemeentewet");
        assertThat(officer.get("/casussen/" + id + "/logboek").body()).contains(careNote, criminalNote);
        assertThat(officer.get("/casussen").body()).contains(CaseFixtures.DEMO_CASE);
    }

    @Test
    void careParticipantsSeeTheCareScopeAndNotTheAdministrativeIntervention() {
        for (String username : List.of("zorgaanbieder", "zorgcoordinator")) {
            WebSession care = login(port, username);
            assertThat(care.get("/casussen").body()).as(username).contains(CaseFixtures.DEMO_CASE);
            assertThat(care.get("/casussen/" + id).statusCode()).as(username).isEqualTo(200);
            HttpResponse<String> milestones = care.get("/casussen/" + id + "/mijlpalen");
            assertThat(milestones.statusCode()).isEqualTo(200);
            assertThat(milestones.body()).as("the dwangsom's deadline milestone is in its administrative scope")
                    .doesNotContain("begunstigingstermijn");
            assertThat(care.get("/casussen/" + id + "/signalen").statusCode()).as("no subjects scope").isEqualTo(404);
            assertThat(care.get("/casussen/" + id + "/betrokkenen").statusCode()).isEqualTo(404);
            assertThat(care.get("/casussen/" + id + "/interventies").body()).doesNotContain(dwangsom.toString())
                    .doesNotContain("Last onder dwangsom");
            assertThat(care.get("/casussen/" + id + "/interventies/" + dwangsom).statusCode()).isEqualTo(404);
            assertThat(care.get("/casussen/" + id + "/logboek").body()).contains(careNote).doesNotContain(criminalNote);
            // Participants who do not lead cannot steer.
            assertThat(care.post("/casussen/" + id + "/status", Map.of("status", "AFTERCARE")).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void thePoliceSeesTheCriminalScope() {
        WebSession police = login(port, "politie");
        assertThat(police.get("/casussen/" + id).statusCode()).isEqualTo(200);
        assertThat(police.get("/casussen/" + id + "/signalen").statusCode()).isEqualTo(200);
        assertThat(police.get("/casussen/" + id + "/logboek").body()).contains(criminalNote).doesNotContain(careNote);
        assertThat(police.get("/casussen/" + id + "/interventies/" + dwangsom).statusCode()).isEqualTo(404);
        assertThat(police.get("/casussen/" + id + "/mijlpalen").body()).doesNotContain("begunstigingstermijn");
        assertThat(login(port, "af.utrecht").get("/casussen/" + id + "/mijlpalen").body())
                .as("the lead holds the administrative scope").contains("begunstigingstermijn");
        // A police entry in the care scope is refused: the police does not hold it.
        HttpResponse<String> refused = police.post("/casussen/" + id + "/logboek", Map.of("kind", "NOTE",
                "scope", "CARE", "text", "x"));
        assertThat(refused.statusCode()).isEqualTo(422);
    }

    @Test
    void theChainDirectorAndTheAdministratorGet403OnEveryCaseUrl() {
        for (String username : List.of("ketenregisseur", "beheerder", "analist", "melder", "leidinggevende")) {
            WebSession session = login(port, username);
            assertThat(session.get("/casussen").statusCode()).as(username).isEqualTo(403);
            assertThat(session.get("/casussen/nieuw").statusCode()).as(username).isEqualTo(403);
            for (String tab : TABS) {
                assertThat(session.get("/casussen/" + id + tab).statusCode()).as(username + tab).isEqualTo(403);
            }
            assertThat(session.get("/casussen/" + id + "/interventies/" + dwangsom).statusCode()).isEqualTo(403);
            assertThat(session.post("/casussen/" + id + "/logboek", Map.of("kind", "NOTE", "scope", "CORE",
                    "text", "x")).statusCode()).as(username).isEqualTo(403);
        }
    }

    @Test
    void nonParticipantsGet404() {
        for (String username : List.of("af.houten", "veiligthuis", "nla.opsporing", "zorgaanbieder.belle")) {
            WebSession session = login(port, username);
            assertThat(session.get("/casussen").body()).as(username).doesNotContain(CaseFixtures.DEMO_CASE);
            for (String tab : TABS) {
                assertThat(session.get("/casussen/" + id + tab).statusCode()).as(username + tab).isEqualTo(404);
            }
            assertThat(session.get("/casussen/" + id + "/interventies/" + dwangsom).statusCode()).isEqualTo(404);
            assertThat(session.post("/casussen/" + id + "/logboek", Map.of("kind", "NOTE", "scope", "CORE",
                    "text", "x")).statusCode()).as(username).isEqualTo(404);
        }
    }

    @Test
    void theApiShowsEachOrganisationItsScopesAndDecisionsAsZgwBesluiten() {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        String base = "/api/v1/cases/" + id;

        String utrecht = token(tokens, jdbc, region, CaseFixtures.UTRECHT, ApiScope.CASES);
        assertThat(api(port, "/api/v1/cases", utrecht).body()).contains(id.toString());
        HttpResponse<String> decisions = api(port, base + "/decisions", utrecht);
        assertThat(decisions.statusCode()).isEqualTo(200);
        assertThat(decisions.body()).contains("\"identificatie\"", "\"datum\"", "\"ingangsdatum\"", "\"toelichting\"",
                "art. 125 Gemeentewet");
        assertThat(api(port, base + "/interventions/" + dwangsom, utrecht).statusCode()).isEqualTo(200);

        for (String partner : List.of("Pretty Human", "Moviera", "Politie Midden-Nederland – TMM")) {
            String token = token(tokens, jdbc, region, partner, ApiScope.CASES);
            assertThat(api(port, "/api/v1/cases", token).body()).as(partner).contains(id.toString());
            assertThat(api(port, base, token).statusCode()).isEqualTo(200);
            assertThat(api(port, base + "/milestones", token).statusCode()).isEqualTo(200);
            assertThat(api(port, base + "/interventions/" + dwangsom, token).statusCode()).as(partner).isEqualTo(404);
            assertThat(api(port, base + "/interventions", token).body()).doesNotContain(dwangsom.toString());
            assertThat(api(port, base + "/decisions", token).body()).isEqualTo("[]");
        }
        assertThat(api(port, "/api/v1/cases/milestones", token(tokens, jdbc, region, "Moviera", ApiScope.CASES))
                .body()).contains("Opvangplek");

        for (String outsider : List.of("Gemeente Houten", "RIEC Midden-Nederland", "Veilig Thuis Utrecht")) {
            String token = token(tokens, jdbc, region, outsider, ApiScope.CASES);
            assertThat(api(port, "/api/v1/cases", token).body()).as(outsider).doesNotContain(id.toString());
            assertThat(api(port, base, token).statusCode()).as(outsider).isEqualTo(404);
            assertThat(api(port, base + "/decisions", token).statusCode()).isEqualTo(404);
        }
        String withoutScope = token(tokens, jdbc, region, CaseFixtures.UTRECHT, ApiScope.REFERRALS);
        assertThat(api(port, base, withoutScope).statusCode()).isEqualTo(403);
    }
}
