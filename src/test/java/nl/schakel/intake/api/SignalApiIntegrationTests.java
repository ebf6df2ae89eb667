package nl.schakel.intake.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.CreatedApiToken;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Partner systems hand signals over through POST /api/v1/signals. */
@SchakelIntegrationTest
class SignalApiIntegrationTests {

    private static final String VALID = """
            {"channel": "VEILIG_THUIS",
             "signal": {"description": "Acht mannen worden dagelijks om vijf uur opgehaald met een busje.",
                        "reporterType": "OTHER", "acute": true,
                        "persons": [{"name": "Ion", "age": 34, "role": "POSSIBLE_VICTIM"}],
                        "phones": [{"number": "06-12345678"}],
                        "indicators": ["NOT_IN_THE_CATALOGUE"]}}""";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    private RegionId region;
    private UserId admin;

    @BeforeEach
    void region() {
        region = organisations.region("midden-nederland").orElseThrow().id();
        admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class).single());
    }

    @Test
    void aValidTokenHandsOverASignalThatReachesTheFallbackMunicipality() {
        String token = token("Veilig Thuis Utrecht", ApiScope.SIGNALS_WRITE).value();

        HttpResponse<String> response = post(token, VALID);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"reference\":\"S-").contains("\"id\":\"");
        UUID id = jdbc.sql("select id from signal where description like 'Acht mannen%' order by received_at desc limit 1")
                .query(UUID.class).single();
        assertThat(jdbc.sql("select o.name from signal s join organisation o on o.id = s.receiving_organisation_id "
                + "where s.id = ?").param(id).query(String.class).single()).isEqualTo("Gemeente Utrecht");
        assertThat(jdbc.sql("select channel from signal where id = ?").param(id).query(String.class).single())
                .isEqualTo("VEILIG_THUIS");
        assertThat(jdbc.sql("select count(*) from signal_indicator where signal_id = ?").param(id)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select role from audit_record where action = 'SIGNAL_RECEIVED' and object_id = ?")
                .param(id.toString()).query(String.class).single()).isEqualTo("API_CLIENT");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void noTokenARevokedTokenAndABadBodyAreRefusedWithReasons() {
        CreatedApiToken revoked = token("Veilig Thuis Utrecht", ApiScope.SIGNALS_WRITE);
        tokens.revoke(region, revoked.id(), admin);
        String token = token("Veilig Thuis Utrecht", ApiScope.SIGNALS_WRITE).value();

        HttpResponse<String> none = post(null, VALID);
        HttpResponse<String> withRevoked = post(revoked.value(), VALID);
        HttpResponse<String> malformed = post(token, "{\"channel\": \"VEILIG_THUIS\", \"signal\": {");
        HttpResponse<String> invalid = post(token, """
                {"channel": "VEILIG_THUIS", "signal": {"description": "kort", "phones": [{"number": "bel me"}]}}""");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("Missing bearer token");
        assertThat(withRevoked.statusCode()).isEqualTo(401);
        assertThat(withRevoked.body()).contains("revoked");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(malformed.body()).contains("not valid JSON");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"signal.description\"")
                .contains("\"field\":\"signal.phones[0].number\"").doesNotContain("signal.reporterType")
                .contains("Enter a phone number with digits");
    }

    @Test
    void aChannelOfThePublicOrInternalFormIsRefusedWithItsField() {
        String token = token("Veilig Thuis Utrecht", ApiScope.SIGNALS_WRITE).value();

        for (String channel : new String[] {"ONLINE_FORM", "INTERNAL", "NOT_A_CHANNEL"}) {
            HttpResponse<String> response = post(token, VALID.replace("VEILIG_THUIS", channel));

            assertThat(response.statusCode()).as(channel).isEqualTo(400);
            assertThat(response.body()).as(channel).contains("\"field\":\"channel\"").contains("VEILIG_THUIS");
        }
    }

    @Test
    void aTokenWithoutTheSignalsScopeIsForbiddenAndTheBodyLimitHolds() {
        String referralsOnly = token("Politie Midden-Nederland – TMM", ApiScope.REFERRALS).value();
        String token = token("Veilig Thuis Utrecht", ApiScope.SIGNALS_WRITE).value();
        String huge = VALID.replace("Acht mannen", "x".repeat(1_100_000));

        assertThat(post(referralsOnly, VALID).statusCode()).isEqualTo(403);
        assertThat(post(token, huge).statusCode()).isEqualTo(413);
    }

    @Test
    void noApiPathRevealsAReporter() {
        String token = token("Veilig Thuis Utrecht", ApiScope.SIGNALS_WRITE, ApiScope.REFERRALS).value();
        UUID anySignal = UUID.randomUUID();

        for (String path : new String[] {"/api/v1/signals/" + anySignal, "/api/v1/signals/" + anySignal + "/reporter",
                "/api/v1/signals/" + anySignal + "/melder"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), token);
            assertThat(response.statusCode()).as(path).isIn(403, 404, 405);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheSignalsEndpointWithAnExample() {
        String document = new WebSession(port).getJson("/v3/api-docs").body();

        assertThat(document).contains("/api/v1/signals").contains("/api/v1/municipalities")
                .contains("Veilig Thuis").contains("problem+json");
    }

    private CreatedApiToken token(String organisation, ApiScope... scopes) {
        Organisation partner = organisations.inRegion(region).stream().filter(o -> o.name().equals(organisation))
                .findFirst().orElseThrow();
        return tokens.create(region, partner.id(), "Koppeling " + UUID.randomUUID().toString().substring(0, 6),
                Set.of(scopes), null, admin);
    }

    private HttpResponse<String> post(@Nullable String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/signals"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, @Nullable String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept", "application/json, application/problem+json");
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
