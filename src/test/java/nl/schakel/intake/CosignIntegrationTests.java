package nl.schakel.intake;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Manager co-signing, route step 1 (issue 16 point 6, decision 0034): with Gemeente Utrecht asking for it, a signal of
 * "melder" waits for "leidinggevende" and reaches the designated officer only when co-signed; sent back, it waits for
 * the reporter's answer; acute never waits; with the setting off it goes straight through; another organisation's
 * manager finds nothing. "Mijn signalen" shows the reporter a copy of what they reported.
 */
@SchakelIntegrationTest
class CosignIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    private UUID utrecht;

    @BeforeEach
    void utrechtAsksForCoSigning() {
        utrecht = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class).single();
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        assertThat(admin.get("/admin/ondertekening").body()).contains("Gemeente Utrecht");
        HttpResponse<String> on = admin.post("/admin/ondertekening/" + utrecht, Map.of("required", "true"));
        assertThat(on.statusCode()).isEqualTo(303);
        assertThat(admin.follow(on).body()).contains("staat nu aan");
    }

    @AfterEach
    void otherTestsExpectItOff() {
        jdbc.sql("delete from intake_cosign_setting").update();
    }

    @Test
    void aReportersSignalWaitsForTheManagerAndReachesTheOfficerWhenCoSigned() {
        WebSession melder = login("melder");
        UUID id = report(melder, "Wacht op leidinggevende " + UUID.randomUUID(), false);
        String reference = reference(id);

        assertThat(melder.get("/signalen/mijn").body()).contains(reference).contains("Wacht op ondertekening");
        WebSession officer = login("af.utrecht");
        assertThat(officer.get("/signalen/" + id).statusCode()).as("not with the officer yet").isEqualTo(404);
        assertThat(officer.get("/signalen").body()).doesNotContain(reference);

        WebSession manager = login("leidinggevende");
        assertThat(manager.get("/").body()).contains("data-testid=\"awaiting-cosignature\"");
        assertThat(manager.get("/ondertekenen").body()).contains(reference).contains("Mila Melder");
        assertThat(manager.get("/ondertekenen/" + id).body()).contains("Wacht op leidinggevende")
                .contains("data-testid=\"cosign-button\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(id, "leidinggevende", "COSIGNATURE_REQUESTED") == 1);
        assertThat(notices(id, "af.utrecht", "SIGNAL_RECEIVED")).as("nothing published while it waits").isZero();

        HttpResponse<String> cosigned = manager.post("/ondertekenen/" + id + "/ondertekenen");
        assertThat(cosigned.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(cosigned)).endsWith("/ondertekenen");
        assertThat(manager.post("/ondertekenen/" + id + "/ondertekenen").statusCode()).as("twice: refused")
                .isEqualTo(409);

        assertThat(officer.get("/signalen/" + id).body()).contains("Wacht op leidinggevende");
        assertThat(jdbc.sql("select discussed_with_manager and manager_user_id = ? from signal where id = ?")
                .params(TestUsers.idOf(jdbc, "leidinggevende").value(), id).query(Boolean.class).single()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(id, "af.utrecht", "SIGNAL_RECEIVED") == 1);
        assertThat(audited(id, "SIGNAL_COSIGNED")).isEqualTo(1);
        assertThat(melder.get("/signalen/mijn/" + id).body()).doesNotContain("data-testid=\"my-cosign\"")
                .contains("Ontvangen");
    }

    @Test
    void theManagerSendsItBackWithAQuestionAndTheReportersAnswerPutsItBeforeThemAgain() {
        WebSession melder = login("melder");
        UUID id = report(melder, "Met een vraag terug " + UUID.randomUUID(), false);
        WebSession manager = login("leidinggevende");
        manager.get("/ondertekenen/" + id);

        HttpResponse<String> blank = manager.post("/ondertekenen/" + id + "/terugsturen", Map.of("question", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("Schrijf uw vraag");
        assertThat(manager.post("/ondertekenen/" + id + "/terugsturen",
                Map.of("question", "Wanneer zag je dit precies?")).statusCode()).isEqualTo(303);

        String mine = melder.get("/signalen/mijn/" + id).body();
        assertThat(mine).contains("Wanneer zag je dit precies?").contains("Teruggestuurd met een vraag");
        assertThat(melder.post("/signalen/mijn/" + id + "/reactie", Map.of("reply", "Aan de officier")).statusCode())
                .as("no message to an officer who cannot see the signal").isEqualTo(422);
        assertThat(melder.post("/signalen/mijn/" + id + "/antwoord", Map.of("answer", "Dinsdagavond.")).statusCode())
                .isEqualTo(303);

        assertThat(manager.get("/ondertekenen/" + id).body()).contains("Dinsdagavond.").contains("cosign-button");
        assertThat(audited(id, "COSIGNATURE_RETURNED")).isEqualTo(1);
        assertThat(audited(id, "COSIGNATURE_ANSWERED")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(id, "melder", "COSIGNATURE_RETURNED") == 1);
    }

    @Test
    void withTheSettingOffASignalGoesStraightToTheOfficer() {
        WebSession admin = login("beheerder");
        admin.get("/admin/ondertekening");
        assertThat(admin.post("/admin/ondertekening/" + utrecht, Map.of("required", "false")).statusCode())
                .isEqualTo(303);
        WebSession melder = login("melder");
        UUID id = report(melder, "Zonder ondertekening " + UUID.randomUUID(), false);

        assertThat(login("af.utrecht").get("/signalen/" + id).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from intake_cosignature where signal_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anAcuteSignalNeverWaitsAndTheManagerIsTold() {
        WebSession melder = login("melder");
        UUID id = report(melder, "Acuut, direct door " + UUID.randomUUID(), true);

        assertThat(login("af.utrecht").get("/signalen/" + id).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from intake_cosignature where signal_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(audited(id, "COSIGNATURE_SKIPPED_ACUTE")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> notices(id, "leidinggevende", "ACUTE_SIGNAL_PASSED_COSIGNING") == 1);
    }

    @Test
    void anotherOrganisationsManagerFindsNothing() {
        UUID id = report(login("melder"), "Alleen voor Utrecht " + UUID.randomUUID(), false);
        String houtenManager = TestUsers.create(users, organisations, "Gemeente Houten", Role.MANAGER);
        WebSession houten = new WebSession(port);
        houten.login(houtenManager, TestUsers.PASSWORD);

        assertThat(houten.get("/ondertekenen").body()).doesNotContain(reference(id));
        assertThat(houten.get("/ondertekenen/" + id).statusCode()).isEqualTo(404);
        assertThat(houten.post("/ondertekenen/" + id + "/ondertekenen").statusCode()).isEqualTo(404);
        assertThat(houten.post("/ondertekenen/" + id + "/terugsturen", Map.of("question", "?")).statusCode())
                .isEqualTo(404);
        assertThat(login("af.utrecht").get("/ondertekenen").statusCode()).as("not a manager").isEqualTo(403);
        assertThat(jdbc.sql("select awaiting_cosignature from signal where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void mySignalsShowsTheReporterACopyOfWhatTheyReportedAndAuditsIt() {
        WebSession melder = login("melder");
        String description = "Mijn eigen woorden " + UUID.randomUUID();
        UUID id = report(melder, description, false);

        String page = melder.get("/signalen/mijn/" + id).body();
        assertThat(page).contains("data-testid=\"my-copy\"").contains(description).contains(reference(id))
                .contains("Wacht op ondertekening");
        assertThat(audited(id, "REPORTED_COPY_VIEWED")).isEqualTo(1);
        WebSession colleague = login("leidinggevende");
        assertThat(colleague.get("/signalen/mijn/" + id).statusCode()).isEqualTo(404);
    }

    private WebSession login(String username) {
        WebSession session = new WebSession(port);
        session.login(username, WebSession.DEMO_PASSWORD);
        return session;
    }

    private UUID report(WebSession reporter, String description, boolean acute) {
        reporter.get("/signalen/nieuw");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("reporterType", "FRONT_DESK");
        form.put("municipalityId", utrecht.toString());
        if (acute) {
            form.put("acute", "true");
        }
        form.put("step", "send");
        HttpResponse<String> sent = reporter.post("/signalen/nieuw", form);
        assertThat(WebSession.location(sent)).as(sent.body()).endsWith("/signalen/mijn");
        return jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }

    private String reference(UUID id) {
        return jdbc.sql("select reference from signal where id = ?").param(id).query(String.class).single();
    }

    private int audited(UUID id, String action) {
        return jdbc.sql("select count(*) from audit_record where object_id = ? and action = ? and outcome = 'SUCCESS'")
                .params(id.toString(), action).query(Integer.class).single();
    }

    private int notices(UUID id, String username, String kind) {
        return jdbc.sql("""
                select count(*) from notice n join app_user u on u.id = n.recipient_id
                where n.signal_id = ? and u.username = ? and n.kind = ?""")
                .params(id, username, kind).query(Integer.class).single();
    }
}
