package nl.schakel.access.api.idempotency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.CreatedApiToken;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Idempotency-Key of POST /api/v1/**: a retry gives the first answer and creates nothing new. */
@SchakelIntegrationTest
class ApiIdempotencyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyStore store;

    @Autowired
    MutableClock clock;

    private String token;
    private CreatedApiToken created;
    private String marker;

    @BeforeEach
    void token() {
        created = token("Veilig Thuis Utrecht");
        token = created.value();
        marker = "Idem-" + UUID.randomUUID();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSameKeyWithTheSameBodyGivesTheFirstAnswerAndOneSignal() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(token, key, body(marker));
        HttpResponse<String> second = post(token, key, body(marker));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(signals(marker)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'API_IDEMPOTENT_REPLAY'"
                + " and user_id = ?").param(created.id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(token, key, body(marker));
        HttpResponse<String> other = post(token, key, body(marker + " anders"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(other.body()).contains("\"status\":409", "\"title\":\"Conflict\"", "\"instance\":\"/api/v1/signals\"").contains("another request").doesNotContain(marker);
        assertThat(signals(marker)).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToItsTokenAndWithoutAKeyEveryRequestCounts() {
        String key = UUID.randomUUID().toString();
        String otherToken = token("Veilig Thuis Utrecht").value();

        assertThat(post(token, key, body(marker)).statusCode()).isEqualTo(201);
        assertThat(post(otherToken, key, body(marker)).statusCode()).isEqualTo(201);
        assertThat(post(token, null, body(marker)).statusCode()).isEqualTo(201);
        assertThat(post(token, null, body(marker)).statusCode()).isEqualTo(201);

        assertThat(signals(marker)).isEqualTo(4);
    }

    @Test
    void whileTheFirstRequestRunsASecondWithTheSameKeyIsAConflict() {
        String key = UUID.randomUUID().toString();
        byte[] bytes = body(marker).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = IdempotencyFilter.hash(new org.springframework.mock.web.MockHttpServletRequest("POST",
                "/api/v1/signals"), bytes);
        assertThat(store.claim(created.id().value(), key, hash)).isInstanceOf(IdempotencyStore.Claimed.class);

        HttpResponse<String> second = post(token, key, body(marker));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("still being processed");
        assertThat(second.headers().firstValue("Retry-After")).contains("1");
        assertThat(signals(marker)).isZero();
    }

    @Test
    void ofConcurrentRequestsWithTheSameKeyOneRunsAndTheOthersAreRefusedOrGetItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit(() -> post(token, key, body(marker))));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<HttpResponse<String>> response : sent) {
                statuses.add(response.get().statusCode());
            }

            // Each gets the one answer (201, replayed) or is told the first is still running (409); a fast first
            // request may leave no 409 at all ("containsOnly" would demand one).
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(signals(marker)).isEqualTo(1);
    }

    @Test
    void aKeyExpiresAfterItsRetentionAndAMalformedKeyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(post(token, key, body(marker)).statusCode()).isEqualTo(201);

        clock.advance(Duration.ofHours(25));
        HttpResponse<String> later = post(token, key, body(marker));
        HttpResponse<String> malformed = post(token, "x".repeat(256), body(marker));

        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(signals(marker)).isEqualTo(2);
    }

    @Test
    void anInvalidRequestIsAnsweredAgainAsItWasAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"channel\": \"VEILIG_THUIS\", \"signal\": {\"description\": \"kort\"}}";

        HttpResponse<String> first = post(token, key, invalid);
        HttpResponse<String> second = post(token, key, invalid);

        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
    }

    private int signals(String description) {
        return jdbc.sql("select count(*) from signal where description like ?").param(description + "%")
                .query(Integer.class).single();
    }

    private static String body(String description) {
        return "{\"channel\": \"VEILIG_THUIS\", \"signal\": {\"description\": \"" + description
                + " ziet dagelijks een busje met acht mannen.\", \"reporterType\": \"OTHER\"}}";
    }

    private CreatedApiToken token(String organisation) {
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'")
                .query(UUID.class).single());
        Organisation partner = organisations.inRegion(region).stream().filter(o -> o.name().equals(organisation))
                .findFirst().orElseThrow();
        return tokens.create(region, partner.id(), "Koppeling " + UUID.randomUUID().toString().substring(0, 6),
                Set.of(ApiScope.SIGNALS_WRITE, ApiScope.REFERRALS), null, admin);
    }

    private HttpResponse<String> post(String bearer, @Nullable String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/signals"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
