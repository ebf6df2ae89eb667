package nl.schakel.intake.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
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
 * A named public signal for Utrecht and an internal one: only Utrecht's designated officer sees them,
 * and only that officer can reveal who reported — with a reason, audited every time.
 */
@SchakelIntegrationTest
class SignalAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeThrottles throttles;

    private UUID signal;

    @BeforeEach
    void aNamedSignalForUtrecht() {
        throttles.sentSignals().clear();
        String description = "Benoemde melding " + UUID.randomUUID();
        Map<String, String> form = PublicIntakeIntegrationTests.signal(description, jdbc.sql(
                "select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class).single().toString());
        form.put("anonymous", "false");
        form.put("reporterName", "Geheime Getuige");
        form.put("reporterPhone", "06-11112222");
        PublicIntakeIntegrationTests.send(new WebSession(port), form);
        signal = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }

    @Test
    void theReceivingOfficerRevealsTheReporterWithAReasonAndEveryRevealIsAudited() {
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(officer.get("/signalen/" + signal).body()).doesNotContain("Geheime Getuige");

        HttpResponse<String> noReason = officer.post("/signalen/" + signal + "/melder", Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Geef een reden").doesNotContain("Geheime Getuige");

        HttpResponse<String> revealed = officer.postAndFollow("/signalen/" + signal + "/melder",
                Map.of("reason", "Terugbellen voor aanvullende vragen"));
        officer.post("/signalen/" + signal + "/melder", Map.of("reason", "Nogmaals voor het verslag"));

        assertThat(revealed.body()).contains("Geheime Getuige").contains("06-11112222");
        assertThat(jdbc.sql("select count(*) from reporter_reveal where signal_id = ?").param(signal)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from audit_record a join reporter_reveal r on a.object_id = r.id::text
                where r.signal_id = ? and a.action = 'REPORTER_REVEALED' and a.outcome = 'SUCCESS'""")
                .param(signal).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from reporter_identity where signal_id = ? "
                + "and encode(sealed, 'escape') like '%Getuige%'").param(signal).query(Integer.class).single()).isZero();
    }

    @Test
    void anotherMunicipalitysOfficerFindsNothing() {
        WebSession houten = new WebSession(port);
        houten.login("af.houten", WebSession.DEMO_PASSWORD);

        assertThat(houten.get("/signalen").body()).doesNotContain(signal.toString());
        assertThat(houten.get("/signalen/" + signal).statusCode()).isEqualTo(404);
        HttpResponse<String> reveal = houten.post("/signalen/" + signal + "/melder", Map.of("reason", "nieuwsgierig"));
        assertThat(reveal.statusCode()).isEqualTo(404);
        assertThat(reveal.body()).doesNotContain("Geheime Getuige");
        assertThat(houten.post("/signalen/" + signal + "/bericht", Map.of("body", "hallo")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from reporter_reveal where signal_id = ?").param(signal)
                .query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beheerder", "melder", "leidinggevende", "analist", "zorgcoordinator", "veiligthuis",
            "politie", "nla.opsporing", "nla.toezicht", "ketenregisseur", "zorgaanbieder"})
    void noOtherRoleCanSeeTheSignalOrRevealTheReporter(String username) {
        WebSession other = new WebSession(port);
        other.login(username, WebSession.DEMO_PASSWORD);
        other.get("/");

        for (String path : new String[] {"/signalen", "/signalen/" + signal}) {
            HttpResponse<String> response = other.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).doesNotContain("Benoemde melding");
        }
        HttpResponse<String> reveal = other.post("/signalen/" + signal + "/melder", Map.of("reason", "even kijken"));
        assertThat(reveal.statusCode()).isEqualTo(403);
        assertThat(reveal.body()).doesNotContain("Geheime Getuige");
    }

    @Test
    void aProfessionalReportsInternallyAndFollowsUpOnMySignals() {
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        melder.get("/signalen/nieuw");
        String description = "Interne melding van de balie " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("reporterType", "FRONT_DESK");
        form.put("discussedWithManager", "true");
        form.put("indicators", "NOT_A_REAL_CODE");
        form.put("step", "review");
        assertThat(melder.post("/signalen/nieuw", form).body()).contains("Controleer uw melding");
        form.put("step", "send");

        HttpResponse<String> sent = melder.post("/signalen/nieuw", form);

        assertThat(WebSession.location(sent)).endsWith("/signalen/mijn");
        UUID id = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
        assertThat(melder.get("/signalen/mijn").body()).contains("Uw signaal is verstuurd").contains("Ontvangen");
        assertThat(jdbc.sql("select count(*) from signal_indicator where signal_id = ?").param(id)
                .query(Integer.class).single()).isZero();

        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        officer.get("/signalen/" + id);
        officer.postAndFollow("/signalen/" + id + "/bericht", Map.of("body", "Dank voor uw signaal, wij pakken het op."));
        assertThat(officer.postAndFollow("/signalen/" + id + "/melder", Map.of("reason", "Overleg met melder")).body())
                .contains("Mila Melder").contains("Gemeente Utrecht");

        assertThat(melder.get("/signalen/mijn/" + id).body()).contains("wij pakken het op");
        melder.post("/signalen/mijn/" + id + "/reactie", Map.of("reply", "Graag gedaan."));
        assertThat(officer.get("/signalen/" + id).body()).contains("Graag gedaan.");

        WebSession colleague = new WebSession(port);
        colleague.login("leidinggevende", WebSession.DEMO_PASSWORD);
        assertThat(colleague.get("/signalen/mijn/" + id).statusCode()).isEqualTo(404);
        assertThat(colleague.get("/signalen/mijn").body()).doesNotContain(description);
    }
}
