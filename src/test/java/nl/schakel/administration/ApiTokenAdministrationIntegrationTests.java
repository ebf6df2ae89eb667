package nl.schakel.administration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokenId;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator creates, lists and revokes API tokens of the region's organisations. */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenAdministrationIntegrationTests {

    private static final Pattern TOKEN = Pattern.compile("<code>(skl_[A-Za-z0-9_-]{43})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organisations organisations;

    @Autowired
    ApiTokens tokens;

    private WebSession admin;
    private UUID adminId;

    @BeforeEach
    void logInAsAdministrator() {
        admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        adminId = jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class).single();
    }

    @Test
    void aNewTokenIsShownOnceWorksForItsOrganisationAndIsListedAndAudited(CapturedOutput output) {
        String name = "Registratiesysteem " + UUID.randomUUID().toString().substring(0, 6);
        UUID veiligThuis = organisationId("Veilig Thuis Utrecht");
        assertThat(admin.get("/admin/api-tokens/new").body()).contains("Veilig Thuis Utrecht")
                .contains("value=\"SIGNALS_WRITE\"").contains("value=\"REFERRALS\"");

        HttpResponse<String> sent = admin.post("/admin/api-tokens", Map.of("organisationId",
                veiligThuis.toString(), "name", name, "scopes", "SIGNALS_WRITE", "expiresOn", ""));
        assertThat(sent.statusCode()).isEqualTo(303);
        HttpResponse<String> created = admin.follow(sent);

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Deze sleutel ziet u maar één keer").contains(name)
                .contains("Veilig Thuis Utrecht");
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
        String token = tokenIn(created);
        UUID id = jdbc.sql("select id from api_token where name = ?").param(name).query(UUID.class).single();
        assertThat(auditCount("API_TOKEN_CREATED", id)).isEqualTo(1);

        HttpResponse<String> me = api(token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(veiligThuis.toString()).contains("SIGNALS_WRITE").doesNotContain("REFERRALS");

        String list = admin.get("/admin/api-tokens").body();
        assertThat(list).contains(name).contains("Signalen doorgeven").contains("Actief")
                .doesNotContain(token).doesNotContain(token.substring(4));
        assertThat(output).doesNotContain(token.substring(4));
    }

    @Test
    void anInvalidFormKeepsWhatWasTypedAndExplainsEachError() {
        admin.get("/admin/api-tokens/new");

        HttpResponse<String> missing = admin.post("/admin/api-tokens", Map.of("organisationId", "",
                "name", "Koppeling Meld Misdaad Anoniem", "expiresOn", ""));
        HttpResponse<String> notADate = admin.post("/admin/api-tokens", Map.of("organisationId",
                organisationId("Veilig Thuis Utrecht").toString(), "name", "Koppeling Meld Misdaad Anoniem", "scopes",
                "SIGNALS_WRITE", "expiresOn", "morgen"));

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body())
                .contains("value=\"Koppeling Meld Misdaad Anoniem\"")
                .contains("Kies de organisatie waarvoor de sleutel werkt.")
                .contains("Kies minstens één bevoegdheid.")
                .doesNotContain("skl_");
        assertThat(notADate.body())
                .contains("value=\"morgen\"")
                .contains("value=\"Koppeling Meld Misdaad Anoniem\"")
                .contains("Deze waarde is ongeldig.")
                .doesNotContain("skl_");

        HttpResponse<String> past = admin.post("/admin/api-tokens", Map.of("organisationId",
                organisationId("Veilig Thuis Utrecht").toString(), "name", "Koppeling Veilig Thuis", "scopes",
                "REFERRALS", "expiresOn", "2020-01-31"));

        assertThat(past.body())
                .contains("Kies een datum vanaf vandaag, of laat het veld leeg.")
                .contains("value=\"2020-01-31\"")
                .contains("value=\"Koppeling Veilig Thuis\"")
                .containsPattern("<input(?=[^>]*value=\"REFERRALS\")(?=[^>]*checked)[^>]*>")
                .doesNotContain("skl_");
        assertThat(jdbc.sql("select count(*) from api_token where name like 'Koppeling %'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyActiveOrganisationsOfTheRegionCanGetAToken() {
        Region region = organisations.region("midden-nederland").orElseThrow();
        Organisation inactive = organisations.create(region.id(), new OrganisationForm(
                "Gestopte partner " + UUID.randomUUID().toString().substring(0, 6), OrganisationType.OTHER_PARTNER,
                null));
        organisations.deactivate(region.id(), inactive.id());
        admin.get("/admin/api-tokens/new");

        HttpResponse<String> response = admin.post("/admin/api-tokens", Map.of("organisationId",
                inactive.id().toString(), "name", "Koppeling", "scopes", "SIGNALS_WRITE", "expiresOn", ""));

        assertThat(response.body()).contains("Kies een actieve organisatie uit uw regio.").doesNotContain("skl_");
    }

    @Test
    void aTokenWithAnExpiryDateWorksThroughThatDay() {
        LocalDate lastDay = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(6);
        String name = "Tijdelijk " + UUID.randomUUID().toString().substring(0, 6);
        admin.get("/admin/api-tokens/new");

        String token = tokenIn(admin.postAndFollow("/admin/api-tokens", Map.of("organisationId",
                organisationId("Moviera").toString(), "name", name, "scopes", "REFERRALS", "expiresOn",
                lastDay.toString())));

        assertThat(api(token).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select expires_at from api_token where name = ?").param(name)
                .query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(admin.get("/admin/api-tokens").body()).contains("geldig tot en met "
                + lastDay.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    }

    @Test
    void revokingAsksFirstThenStopsTheTokenConfirmsAndIsAudited() {
        String name = "In te trekken " + UUID.randomUUID().toString().substring(0, 6);
        admin.get("/admin/api-tokens/new");
        String token = tokenIn(admin.postAndFollow("/admin/api-tokens", Map.of("organisationId",
                organisationId("Veilig Thuis Utrecht").toString(), "name", name, "scopes", "SIGNALS_WRITE")));
        UUID id = jdbc.sql("select id from api_token where name = ?").param(name).query(UUID.class).single();
        assertThat(admin.get("/admin/api-tokens").body()).contains("/admin/api-tokens/" + id + "/revoke");

        HttpResponse<String> question = admin.get("/admin/api-tokens/" + id + "/revoke");
        assertThat(question.body()).contains("Wilt u de API-sleutel " + name + " van Veilig Thuis Utrecht intrekken?");
        assertThat(api(token).statusCode()).as("asking changes nothing").isEqualTo(200);

        HttpResponse<String> revoked = admin.post("/admin/api-tokens/" + id + "/revoke");

        assertThat(WebSession.location(revoked)).endsWith("/admin/api-tokens");
        String list = admin.get("/admin/api-tokens").body();
        assertThat(list).contains("API-sleutel " + name + " is ingetrokken.").contains("Ingetrokken")
                .doesNotContain("/admin/api-tokens/" + id + "/revoke");
        assertThat(api(token).statusCode()).isEqualTo(401);
        assertThat(auditCount("API_TOKEN_REVOKED", id)).isEqualTo(1);

        admin.get("/admin/api-tokens");
        admin.post("/admin/api-tokens/" + id + "/revoke");
        assertThat(auditCount("API_TOKEN_REVOKED", id)).as("revoking again changes nothing").isEqualTo(1);
    }

    @Test
    void tokensOfAnotherRegionDoNotExistForTheAdministrator() {
        Region elsewhere = organisations.createRegion("elders-" + UUID.randomUUID().toString().substring(0, 6),
                "Elders");
        Organisation partner = organisations.create(elsewhere.id(), new OrganisationForm("Partner elders",
                OrganisationType.REPORTING_CENTRE, null));
        String name = "Van elders " + UUID.randomUUID().toString().substring(0, 6);
        ApiTokenId foreign = tokens.create(elsewhere.id(), partner.id(), name, Set.of(ApiScope.SIGNALS_WRITE), null,
                new UserId(adminId)).id();

        assertThat(admin.get("/admin/api-tokens").body()).doesNotContain(name);
        assertThat(admin.get("/admin/api-tokens/" + foreign + "/revoke").statusCode()).isEqualTo(404);
        admin.get("/admin/api-tokens");
        assertThat(admin.post("/admin/api-tokens/" + foreign + "/revoke").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?").param(foreign.value())
                .query(Boolean.class).single()).isTrue();
        admin.get("/admin/api-tokens/new");
        assertThat(admin.post("/admin/api-tokens", Map.of("organisationId", partner.id().toString(), "name",
                "Koppeling", "scopes", "SIGNALS_WRITE")).body()).contains("Kies een actieve organisatie uit uw regio.");
    }

    private String tokenIn(HttpResponse<String> page) {
        Matcher matcher = TOKEN.matcher(page.body());
        assertThat(matcher.find()).as("token shown").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> api(String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private UUID organisationId(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single();
    }

    private int auditCount(String action, UUID objectId) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ? and user_id = ? "
                        + "and object_type = 'API_TOKEN' and outcome = 'SUCCESS'")
                .params(action, objectId.toString(), adminId).query(Integer.class).single();
    }
}
