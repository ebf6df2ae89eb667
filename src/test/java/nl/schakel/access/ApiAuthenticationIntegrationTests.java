package nl.schakel.access;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API as a partner system meets it: real HTTP, real tokens, real database. */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiAuthenticationIntegrationTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    AuditTrail audit;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private RegionId region;
    private UserId admin;

    @BeforeEach
    void demoRegion() {
        region = organisations.region("midden-nederland").orElseThrow().id();
        admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'").query(UUID.class).single());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aValidTokenIsAnsweredForItsOwnOrganisationWithItsScopes() {
        Organisation veiligThuis = organisation("Veilig Thuis Utrecht");
        String token = create(veiligThuis, Set.of(ApiScope.SIGNALS_WRITE), null).value();

        HttpResponse<String> me = call("GET", "/api/v1/me", token, null);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(me.body());
        assertThat(body.at("/organisation/id").asString()).isEqualTo(veiligThuis.id().toString());
        assertThat(body.at("/organisation/name").asString()).isEqualTo("Veilig Thuis Utrecht");
        assertThat(body.at("/scopes").toString()).isEqualTo("[\"SIGNALS_WRITE\"]");
    }

    @Test
    void aRequestWithoutTokenIsRefusedWithAProblemAndABearerChallengeAndAudited() {
        long failuresBefore = auditFailures(null);

        HttpResponse<String> none = call("GET", "/api/v1/me", null, null);
        HttpResponse<String> blank = send(request("/api/v1/me").header("Authorization", "Bearer   ").GET());
        HttpResponse<String> basic = send(request("/api/v1/me").header("Authorization", "Basic YmVoZWVyZGVyOng=")
                .GET());

        for (HttpResponse<String> response : List.of(none, blank, basic)) {
            assertProblem(response, 401, "Missing bearer token");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"schakel\"");
        }
        assertThat(auditFailures(null)).isEqualTo(failuresBefore + 3);
    }

    @Test
    void anUnknownTokenIsRefusedWithoutEchoingIt() {
        String unknown = "skl_" + "A".repeat(43);

        HttpResponse<String> response = call("GET", "/api/v1/me", unknown, null);
        HttpResponse<String> malformed = call("GET", "/api/v1/me", "not-a-token", null);

        assertProblem(response, 401, "Token unknown, revoked or expired");
        assertThat(response.body()).doesNotContain(unknown);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
        assertProblem(malformed, 401, "Token unknown, revoked or expired");
        assertThat(malformed.body()).doesNotContain("not-a-token");
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceAndTheAttemptIsAuditedUnderTheTokensId() {
        CreatedApiToken created = create(organisation("Politie Midden-Nederland – TMM"), Set.of(ApiScope.REFERRALS),
                null);
        assertThat(call("GET", "/api/v1/me", created.value(), null).statusCode()).isEqualTo(200);

        tokens.revoke(region, created.id(), admin);

        assertProblem(call("GET", "/api/v1/me", created.value(), null), 401, "Token unknown, revoked or expired");
        assertThat(auditFailures(created.id().toString())).isEqualTo(1);
        assertThat(jdbc.sql("select revoked_by from api_token where id = ?").param(created.id().value())
                .query(UUID.class).single()).isEqualTo(admin.value());
    }

    @Test
    void anExpiredTokenIsRefused() {
        CreatedApiToken created = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE),
                clock.instant().plus(Duration.ofHours(1)));
        assertThat(call("GET", "/api/v1/me", created.value(), null).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));

        assertProblem(call("GET", "/api/v1/me", created.value(), null), 401, "Token unknown, revoked or expired");
        assertThat(tokens.find(region, created.id()).orElseThrow().status()).isEqualTo(ApiToken.Status.EXPIRED);
    }

    @Test
    void aTokenOfADeactivatedOrganisationStopsWorking() {
        Organisation partner = organisations.create(region, new OrganisationForm(
                "Partner " + UUID.randomUUID().toString().substring(0, 8), OrganisationType.OTHER_PARTNER, null));
        String token = create(partner, Set.of(ApiScope.SIGNALS_WRITE), null).value();
        assertThat(call("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);

        organisations.deactivate(region, partner.id());

        assertProblem(call("GET", "/api/v1/me", token, null), 401, "Token unknown, revoked or expired");
        organisations.reactivate(region, partner.id());
        assertThat(call("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aValidTokenWithoutTheNeededScopeIsForbidden() {
        String signalsOnly = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE), null)
                .value();
        String referralsOnly = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.REFERRALS), null).value();

        // Checked on the method (@PreAuthorize) and on the URL (POST /api/v1/signals needs SIGNALS_WRITE).
        HttpResponse<String> method = call("GET", "/api/v1/test/referrals", signalsOnly, null);
        HttpResponse<String> url = call("POST", "/api/v1/signals", referralsOnly, "{}");

        assertProblem(method, 403, "lacks the scope");
        assertProblem(url, 403, "lacks the scope");
        assertThat(method.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("insufficient_scope"));
        assertThat(call("GET", "/api/v1/test/referrals", referralsOnly, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrChunked() {
        String token = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE), null).value();
        byte[] oversized = new byte[1024 * 1024 + 1024];
        byte[] small = "a small signal".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> declared = send(octets(token, HttpRequest.BodyPublishers.ofByteArray(oversized)));
        HttpResponse<String> chunked = send(octets(token, chunked(oversized)));
        HttpResponse<String> smallChunked = send(octets(token, chunked(small)));

        assertProblem(declared, 413, "larger than the limit of 1048576 bytes");
        assertProblem(chunked, 413, "larger than the limit of 1048576 bytes");
        assertThat(smallChunked.statusCode()).isEqualTo(200);
        assertThat(smallChunked.body()).isEqualTo("{\"bytes\":" + small.length + "}");
    }

    @Test
    void theApiSetsNoCookieAndIgnoresABrowsersSession() {
        String token = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE), null).value();
        WebSession browser = new WebSession(port);
        browser.login("beheerder", WebSession.DEMO_PASSWORD);

        // call(...) asserts on every answer that it sets no cookie; these are the likeliest to try.
        assertThat(call("GET", "/api/v1/me?lang=en", token, null).statusCode()).isEqualTo(200);
        assertProblem(call("GET", "/api/v1/does-not-exist", token, null), 404, "nothing at this address");
        assertProblem(call("DELETE", "/api/v1/me", token, null), 405, "not allowed");
        HttpResponse<String> withSessionCookie = send(request("/api/v1/me")
                .header("Cookie", "SESSION=" + browser.sessionCookie().orElseThrow()).GET());
        assertProblem(withSessionCookie, 401, "Missing bearer token");
        assertProblem(call("GET", "/api/other", token, null), 403, "lacks the scope");
    }

    @Test
    void codeThatTriesToStartASessionFailsWithAProblemInsteadOfSettingACookie(CapturedOutput output) {
        String token = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE), null).value();
        long sessionsBefore = sessions();

        HttpResponse<String> response = call("GET", "/api/v1/test/session", token, null);

        assertProblem(response, 500, "went wrong on our side");
        // Logged by class, never by message (which may quote what was sent): docs/decisions/0010.
        assertThat(output).contains("API request failed: ").contains("java.lang.IllegalStateException")
                .doesNotContain("API requests are stateless");
        assertThat(sessions()).isEqualTo(sessionsBefore);
    }

    @Test
    void theTokenValueIsStoredNowhereOnlyItsHashAndIsNeverLogged(CapturedOutput output) throws Exception {
        CreatedApiToken created = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE), null);
        String value = created.value();
        call("GET", "/api/v1/me", value, null);
        tokens.revoke(region, created.id(), admin);
        call("GET", "/api/v1/me", value, null);

        assertThat(value).matches("skl_[A-Za-z0-9_-]{43}");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.US_ASCII)));
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(created.id().value())
                .query(String.class).single()).isEqualTo(sha256);
        assertThat(tablesContaining(value)).isEmpty();
        assertThat(tablesContaining(sha256)).containsExactly("api_token");
        assertThat(output).doesNotContain(value).doesNotContain(value.substring(4));
        assertThat(created.toString()).doesNotContain(value);
    }

    @Test
    void lastUseIsRecordedAtMostOnceAMinute() {
        CreatedApiToken created = create(organisation("Veilig Thuis Utrecht"), Set.of(ApiScope.SIGNALS_WRITE), null);
        assertThat(lastUsed(created)).isNull();

        call("GET", "/api/v1/me", created.value(), null);
        OffsetDateTime first = lastUsed(created);
        clock.advance(Duration.ofSeconds(30));
        call("GET", "/api/v1/me", created.value(), null);
        OffsetDateTime unchanged = lastUsed(created);
        clock.advance(Duration.ofSeconds(45));
        call("GET", "/api/v1/me", created.value(), null);

        assertThat(first).isNotNull();
        assertThat(unchanged).isEqualTo(first);
        assertThat(lastUsed(created)).isAfter(first.plusSeconds(60));
    }

    private CreatedApiToken create(Organisation organisation, Set<ApiScope> scopes, @Nullable Instant expiresAt) {
        return tokens.create(region, organisation.id(), "Test " + UUID.randomUUID().toString().substring(0, 6),
                scopes, expiresAt, admin);
    }

    private Organisation organisation(String name) {
        return organisations.inRegion(region).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private HttpResponse<String> call(String method, String path, @Nullable String token, @Nullable String body) {
        HttpRequest.Builder builder = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
    }

    private HttpRequest.Builder octets(String token, HttpRequest.BodyPublisher body) {
        return request("/api/v1/test/echo").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").POST(body);
    }

    /** A body of unknown length, which the client sends with chunked transfer encoding. */
    private static HttpRequest.BodyPublisher chunked(byte[] bytes) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    }

    /** Sends a request; no API answer, whatever its status, may set a cookie. */
    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().allValues("Set-Cookie")).as("Set-Cookie of " + response.uri()).isEmpty();
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(detail);
    }

    /** Failed attempts as audited: counted per interval, so the counts gathered so far are written first. */
    private long auditFailures(@Nullable String tokenId) {
        audit.flushRepeated();
        return jdbc.sql("select coalesce(sum(coalesce(repeat_count, 1)), 0) from audit_record"
                        + " where action = 'API_AUTHENTICATION' and outcome = 'FAILURE'"
                        + " and object_id is not distinct from ? and user_id is null")
                .param(tokenId).query(Long.class).single();
    }

    private @Nullable OffsetDateTime lastUsed(CreatedApiToken token) {
        return jdbc.sql("select last_used_at from api_token where id = ?").param(token.id().value())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).list().get(0);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    /** The tables in which some row, as text (or a session attribute, as bytes), contains the value. */
    private List<String> tablesContaining(String value) {
        List<String> tables = jdbc.sql("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
                .query(String.class).list();
        List<String> containing = new java.util.ArrayList<>(tables.stream()
                .filter(table -> jdbc.sql("select count(*) from \"" + table + "\" t where t::text like ?")
                        .param("%" + value + "%").query(Long.class).single() > 0)
                .toList());
        if (jdbc.sql("select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in "
                + "attribute_bytes) > 0").param(value).query(Long.class).single() > 0) {
            containing.add("spring_session_attributes");
        }
        return containing;
    }
}
