package nl.schakel.administration;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SchakelIntegrationTest
class AdministrationIntegrationTests {

    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("<code>([a-zA-Z2-9-]{19})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    private WebSession admin;
    private UUID adminId;

    @BeforeEach
    void logInAsAdministrator() {
        admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        adminId = jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class).single();
    }

    @Test
    void anInvalidOrganisationFormKeepsWhatWasTypedAndExplainsEachError() {
        admin.get("/admin/organisations/new");

        HttpResponse<String> response = admin.post("/admin/organisations", Map.of("name", "", "type",
                "LABOUR_INSPECTORATE", "department", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("Vul de naam van de organisatie in.")
                .contains("Kies een afdeling bij de Arbeidsinspectie, en alleen daar.")
                .contains("<option value=\"LABOUR_INSPECTORATE\" selected=\"selected\">");
    }

    @Test
    void creatingAnOrganisationIsConfirmedListedAndAudited() {
        String name = "Stichting Test " + UUID.randomUUID().toString().substring(0, 6);
        admin.get("/admin/organisations/new");

        HttpResponse<String> created = admin.post("/admin/organisations", Map.of("name", name, "type",
                "OTHER_PARTNER", "department", ""));

        assertThat(WebSession.location(created)).endsWith("/admin/organisations");
        assertThat(admin.get("/admin/organisations").body()).contains("Organisatie " + name + " is toegevoegd.")
                .contains(name);
        UUID id = jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'ORGANISATION_CREATED' "
                        + "and object_id = ? and user_id = ? and outcome = 'SUCCESS'")
                .params(id.toString(), adminId).query(Integer.class).single()).isEqualTo(1);

        admin.get("/admin/organisations/new");
        HttpResponse<String> duplicate = admin.post("/admin/organisations", Map.of("name", name, "type",
                "OTHER_PARTNER", "department", ""));
        assertThat(duplicate.body()).contains("Er is al een organisatie met deze naam in de regio.");
    }

    @Test
    void aNewUserGetsATemporaryPasswordAndMustChooseTheirOwnFirst() {
        UUID houten = organisationId("Gemeente Houten");
        admin.get("/admin/users/new");
        String username = "nieuw." + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> created = admin.post("/admin/users", Map.of("username", username, "displayName",
                "Nina Nieuw", "email", "", "organisationId", houten.toString(), "roles", "DESIGNATED_OFFICER"));
        assertThat(created.statusCode()).isEqualTo(303);
        String temporary = temporaryPassword(admin.follow(created));

        WebSession newcomer = new WebSession(port);
        newcomer.login(username, temporary);
        assertThat(WebSession.location(newcomer.get("/"))).endsWith("/account/password");
        newcomer.get("/account/password");
        HttpResponse<String> tooShort = newcomer.post("/account/password", Map.of("currentPassword", temporary,
                "newPassword", "kort", "confirmPassword", "kort"));
        assertThat(tooShort.body()).contains("minimaal 12 tekens");
        HttpResponse<String> changed = newcomer.post("/account/password", Map.of("currentPassword", temporary,
                "newPassword", "zomer aan de vecht 2026", "confirmPassword", "zomer aan de vecht 2026"));
        assertThat(WebSession.location(changed)).endsWith("/");
        assertThat(newcomer.get("/").body()).contains("Welkom, Nina Nieuw").contains("Uw wachtwoord is gewijzigd.");
        assertThat(jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).single()).startsWith("$argon2id$");
    }

    @Test
    void anInvalidUserFormKeepsWhatWasTyped() {
        admin.get("/admin/users/new");

        HttpResponse<String> response = admin.post("/admin/users", Map.of("username", "Ongeldig Met Spaties",
                "displayName", "Karel Klaas", "email", "geen-email", "organisationId", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("value=\"Ongeldig Met Spaties\"")
                .contains("value=\"Karel Klaas\"")
                .contains("Kies minstens één rol.")
                .contains("Vul een geldig e-mailadres in")
                .contains("Kies de organisatie van de gebruiker.");
    }

    @Test
    void deactivatingAUserEndsTheirSessionAtOnceAndCanBeUndone() {
        String username = TestUsers.create(users, organisations, "Gemeente Soest", Role.REPORTER);
        UUID id = TestUsers.idOf(jdbc, username).value();
        WebSession colleague = new WebSession(port);
        colleague.login(username, TestUsers.PASSWORD);
        assertThat(colleague.get("/").statusCode()).isEqualTo(200);

        admin.get("/admin/users");
        admin.post("/admin/users/" + id + "/deactivate");

        assertThat(WebSession.location(colleague.get("/"))).endsWith("/login");
        assertThat(WebSession.location(new WebSession(port).login(username, TestUsers.PASSWORD))).endsWith("error");
        assertThat(admin.get("/admin/users").body()).contains("is gedeactiveerd en direct uitgelogd")
                .contains("/admin/users/" + id + "/reactivate");
        assertThat(auditCount("USER_DEACTIVATED", id)).isEqualTo(1);

        admin.post("/admin/users/" + id + "/reactivate");
        assertThat(WebSession.location(new WebSession(port).login(username, TestUsers.PASSWORD))).endsWith("/");
    }

    @Test
    void resettingAPasswordReplacesItAndEndsTheSession() {
        String username = TestUsers.create(users, organisations, "Gemeente Soest", Role.REPORTER);
        UUID id = TestUsers.idOf(jdbc, username).value();
        WebSession colleague = new WebSession(port);
        colleague.login(username, TestUsers.PASSWORD);

        admin.get("/admin/users");
        String temporary = temporaryPassword(admin.postAndFollow("/admin/users/" + id + "/reset-password", Map.of()));

        assertThat(WebSession.location(colleague.get("/"))).endsWith("/login");
        assertThat(WebSession.location(new WebSession(port).login(username, TestUsers.PASSWORD))).endsWith("error");
        assertThat(WebSession.location(new WebSession(port).login(username, temporary))).endsWith("/");
        assertThat(auditCount("USER_PASSWORD_RESET", id)).isEqualTo(1);
    }

    @Test
    void deactivatingAnOrganisationLogsOutEveryoneActingForIt() {
        admin.get("/admin/organisations/new");
        String name = "Gemeente Proef " + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/admin/organisations", Map.of("name", name, "type", "MUNICIPALITY", "department", ""));
        String username = TestUsers.create(users, organisations, name, Role.DESIGNATED_OFFICER);
        WebSession officer = new WebSession(port);
        officer.login(username, TestUsers.PASSWORD);
        assertThat(officer.get("/").statusCode()).isEqualTo(200);

        admin.get("/admin/organisations");
        admin.post("/admin/organisations/" + organisationId(name) + "/deactivate");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(WebSession.location(officer.get("/"))).endsWith("/login"));
        assertThat(WebSession.location(new WebSession(port).login(username, TestUsers.PASSWORD))).endsWith("error");
    }

    @Test
    void unknownOrMalformedIdsGetFriendlyPagesWithoutTechnicalDetail() {
        HttpResponse<String> unknown = admin.get("/admin/users/" + UUID.randomUUID());
        HttpResponse<String> malformed = admin.get("/admin/organisations/geen-uuid");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Pagina niet gevonden");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("data-error=\"400\"").doesNotContain("Exception").doesNotContain("at nl.");
    }

    private String temporaryPassword(HttpResponse<String> page) {
        Matcher matcher = TEMPORARY_PASSWORD.matcher(page.body());
        assertThat(matcher.find()).as("temporary password shown").isTrue();
        return matcher.group(1);
    }

    private UUID organisationId(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private int auditCount(String action, UUID objectId) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and user_id = ?")
                .params(action, objectId.toString(), adminId).query(Integer.class).single();
    }
}
