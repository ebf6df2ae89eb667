package nl.schakel.cases;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.schakel.cases.CaseFixtures.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's intervention catalogue (issue 12): types with their legal article and default scope; a new
 * version leaves the interventions already made on theirs, and a new intervention takes the newest. Only the
 * administrator reaches it; bad input keeps the form (422).
 */
@SchakelIntegrationTest
class InterventionCatalogueIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewVersionLeavesMadeInterventionsOnTheirsAndNewOnesTakeIt() {
        WebSession admin = login(port, "beheerder");
        HttpResponse<String> page = admin.get("/admin/interventies");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bibob-toets").contains("Wet Bibob").contains("art. 125 Gemeentewet")
                .contains("Bestuurlijk");

        UUID demo = CaseFixtures.demoCase(jdbc);
        String madeType = jdbc.sql("select type_code from case_intervention where case_id = ? limit 1").param(demo)
                .query(String.class).single();
        int before = version(madeType);
        Map<String, Object> current = jdbc.sql("select legal_article, default_scope, has_amount from intervention_type "
                + "where code = ? and version = ?").params(madeType, before).query().singleRow();
        // Other tests read the newest article of this type: the new version keeps it at the start.
        String article = current.get("legal_article") + " (" + UUID.randomUUID().toString().substring(0, 4) + ")";
        HttpResponse<String> added = admin.post("/admin/interventies", Map.of("type", madeType,
                "legalArticle", article, "defaultScope", String.valueOf(current.get("default_scope")),
                "hasAmount", String.valueOf(current.get("has_amount"))));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        assertThat(version(madeType)).isEqualTo(before + 1);
        assertThat(admin.get("/admin/interventies").body()).contains(article);
        assertThat(jdbc.sql("select max(type_version) from case_intervention where case_id = ? and type_code = ?")
                .params(demo, madeType).query(Integer.class).single()).as("made interventions keep their version")
                .isLessThanOrEqualTo(before);

        WebSession officer = login(port, "af.utrecht");
        officer.get("/casussen/" + demo + "/interventies");
        UUID utrecht = CaseFixtures.organisation(jdbc, CaseFixtures.UTRECHT);
        HttpResponse<String> made = officer.post("/casussen/" + demo + "/interventies", Map.of("type", madeType,
                "executingOrganisationId", utrecht.toString(), "decisionMaker", "Burgemeester"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        assertThat(jdbc.sql("select max(type_version) from case_intervention where case_id = ? and type_code = ?")
                .params(demo, madeType).query(Integer.class).single()).isEqualTo(before + 1);

        admin.get("/admin/interventies");
        HttpResponse<String> refused = admin.post("/admin/interventies", Map.of("type", "NO_SUCH_TYPE",
                "legalArticle", "art. 1", "defaultScope", "CORE"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dit type staat niet in de catalogus.");
        HttpResponse<String> empty = admin.post("/admin/interventies", Map.of("type", madeType));
        assertThat(empty.statusCode()).isEqualTo(422);

        assertThat(officer.get("/admin/interventies").statusCode()).isEqualTo(403);
    }

    private int version(String code) {
        return jdbc.sql("select max(version) from intervention_type where code = ?").param(code)
                .query(Integer.class).single();
    }
}
