package nl.schakel.intake.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.intake.internal.ReceiptCodes;
import nl.schakel.testing.LoopbackClient;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public throttles protect reporters instead of shutting them out (issue 17): limits per source,
 * atomic, never global; under a flood a new sender shows a small proof of work and still gets through.
 * Sources are real loopback addresses (127.x.y.z), so the application trusts no forwarding header.
 */
@SchakelIntegrationTest
class PublicThrottleIntegrationTests {

    private static final Pattern RECEIPT = PublicIntakeIntegrationTests.RECEIPT;
    private static final Pattern CHALLENGE = Pattern.compile("data-proof-challenge=\"([^\"]+)\"");
    private static final Pattern BITS = Pattern.compile("data-proof-bits=\"(\\d+)\"");
    private static final int PER_SOURCE = 10;
    private static final int FLOOD_THRESHOLD = 50;

    @LocalServerPort
    int port;

    @Autowired
    IntakeThrottles throttles;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private LoopbackClient http;

    @BeforeEach
    void productionLimits() {
        http = new LoopbackClient(port);
        throttles.resetWith(PER_SOURCE, FLOOD_THRESHOLD);
    }

    @AfterEach
    void testLimits() {
        throttles.reset();
        clock.reset();
    }

    @Test
    void twoThousandPostsFromAHundredAddressesDoNotKeepANewReporterOut() throws Exception {
        // A lower flood threshold than the default 50 only makes the flood start sooner (fewer signals to
        // store, a shorter test); every other limit is the production one.
        throttles.resetWith(PER_SOURCE, 20);
        List<String> flooders = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            flooders.add("127.0.10." + i);
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> receivedPerSource = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        List<Future<?>> posts = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String source : flooders) {
                posts.add(pool.submit(() -> {
                    LoopbackClient.Response response = posted(source, "/melden", sending("Vloed " + UUID.randomUUID()));
                    statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (RECEIPT.matcher(response.body()).find()) {
                        receivedPerSource.computeIfAbsent(source, s -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
        }
        for (Future<?> post : posts) {
            post.get();
        }
        pool.shutdown();
        Duration flood = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("flood: 2000 posts from 100 sources in %d ms, statuses %s, received %d%n",
                flood.toMillis(), statuses, receivedPerSource.values().stream().mapToInt(AtomicInteger::get).sum());

        // No bound on the duration: on a shared build machine it measures the machine (each received signal
        // costs an Argon2 hash of its receipt code); the figures are printed above.
        assertThat(statuses.keySet()).allMatch(status -> status < 500);
        // Ten at once, then one more per minute (a token bucket of 10 per 10 minutes).
        long earnedMeanwhile = flood.toSeconds() / 60 + 1;
        assertThat(receivedPerSource.values()).allMatch(count -> count.get() <= PER_SOURCE + earnedMeanwhile);
        assertThat(statuses.get(429).get()).isGreaterThan(1000);

        // A genuine reporter from a new address: the check page asks for a proof of work, which the
        // browser computes (here: the test, as js/proof-of-work.js does), and the signal is sent.
        String reporter = "127.0.20.1";
        String description = "Echte melding tijdens een vloed " + UUID.randomUUID();
        LoopbackClient.Response review = posted(reporter, "/melden", reviewing(description));
        assertThat(review.status()).isEqualTo(200);
        String challenge = group(CHALLENGE, review.body());
        int bits = Integer.parseInt(group(BITS, review.body()));
        Map<String, String> send = sending(description);
        send.put("proof", challenge);
        send.put("proofNonce", ProofOfWork.solve(challenge, bits));
        LoopbackClient.Response receipt = posted(reporter, "/melden", send);
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.all("Set-Cookie")).isEmpty();
        String code = group(RECEIPT, receipt.body());

        LoopbackClient.Response followUp = posted(reporter, "/melden/volgen", Map.of("code", code));
        assertThat(followUp.status()).isEqualTo(200);
        assertThat(followUp.body()).contains("Ontvangen");
        assertThat(jdbc.sql("select count(*) from signal where description = ?").param(description)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void underAFloodANewSenderWithoutJavaScriptWaitsAndThenSends() {
        flood();
        String reporter = "127.0.21.1";
        String description = "Melding zonder JavaScript " + UUID.randomUUID();

        LoopbackClient.Response tooEarly = posted(reporter, "/melden", sending(description));
        assertThat(tooEarly.status()).isEqualTo(429);
        assertThat(tooEarly.body()).contains("Uw melding is nog niet verstuurd").contains("Wacht daarom 30 seconden")
                .contains("name=\"description\"");
        String challenge = group(CHALLENGE, tooEarly.body());
        Map<String, String> again = sending(description);
        again.put("proof", challenge);
        assertThat(posted(reporter, "/melden", again).status()).as("before the wait").isEqualTo(429);

        clock.advance(Duration.ofSeconds(31));
        LoopbackClient.Response receipt = posted(reporter, "/melden", again);

        assertThat(receipt.status()).isEqualTo(200);
        assertThat(RECEIPT.matcher(receipt.body()).find()).isTrue();
    }

    @Test
    void aChallengeWorksOnceAndOnlyForTheSourceItWasGivenTo() {
        flood();
        String description = "Eenmalige uitdaging " + UUID.randomUUID();
        String challenge = group(CHALLENGE, posted("127.0.22.1", "/melden", reviewing(description)).body());
        Map<String, String> send = sending(description);
        send.put("proof", challenge);
        send.put("proofNonce", ProofOfWork.solve(challenge, Integer.parseInt(group(BITS,
                posted("127.0.22.1", "/melden", reviewing(description)).body()))));

        assertThat(posted("127.0.22.2", "/melden", send).status()).as("another source").isEqualTo(429);
        assertThat(posted("127.0.22.1", "/melden", send).status()).as("its own source").isEqualTo(200);
        assertThat(posted("127.0.22.3", "/melden", send).status()).as("spent").isEqualTo(429);
        send.put("proofNonce", "0");
        assertThat(posted("127.0.22.4", "/melden", send).status()).as("unsolved").isEqualTo(429);
    }

    @Test
    void parallelPostsFromOneSourceNeverGetMoreThanTheLimitThrough() throws Exception {
        throttles.resetWith(PER_SOURCE, Integer.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long started = System.nanoTime();
        List<Future<LoopbackClient.Response>> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            posts.add(pool.submit(() -> posted("127.0.23.1", "/melden", sending("Parallel " + UUID.randomUUID()))));
        }
        int received = 0;
        int refused = 0;
        for (Future<LoopbackClient.Response> post : posts) {
            LoopbackClient.Response response = post.get();
            assertThat(response.status()).isLessThan(500);
            if (RECEIPT.matcher(response.body()).find()) {
                received++;
            } else if (response.status() == 429) {
                refused++;
            }
        }
        pool.shutdown();
        // On a slow machine a minute may pass, which earns the source one more signal (10 per 10 minutes).
        long earnedMeanwhile = Duration.ofNanos(System.nanoTime() - started).toSeconds() / 60;

        assertThat(received).isBetween(PER_SOURCE, (int) (PER_SOURCE + earnedMeanwhile));
        assertThat(refused).isEqualTo(40 - received);
        assertThat(posted("127.0.23.2", "/melden", sending("Ander adres " + UUID.randomUUID())).status())
                .as("another source is not affected").isEqualTo(200);
    }

    @Test
    void twoHundredWrongCodesFromOneAddressDoNotKeepTheRightCodeOut() throws Exception {
        String code = group(RECEIPT, posted("127.0.24.1", "/melden", sending("Met bon " + UUID.randomUUID())).body());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            guesses.add(pool.submit(() -> posted("127.0.24.2", "/melden/volgen",
                    Map.of("code", ReceiptCodes.generate())).status()));
        }
        int refused = 0;
        for (Future<Integer> guess : guesses) {
            assertThat(guess.get()).isIn(404, 429);
            refused += guess.get() == 429 ? 1 : 0;
        }
        assertThat(refused).as("the guesser is throttled, also when guessing in parallel").isEqualTo(195);
        // And 200 more from 40 other addresses: still nothing global to fill.
        List<Future<Integer>> spread = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String source = "127.0.26." + (1 + i % 40);
            spread.add(pool.submit(() -> posted(source, "/melden/volgen", Map.of("code", ReceiptCodes.generate()))
                    .status()));
        }
        for (Future<Integer> guess : spread) {
            assertThat(guess.get()).isEqualTo(404);
        }
        pool.shutdown();

        LoopbackClient.Response rightCode = posted("127.0.24.3", "/melden/volgen", Map.of("code", code));

        assertThat(rightCode.status()).isEqualTo(200);
        assertThat(rightCode.body()).contains("Ontvangen");
    }

    @Test
    void guessingAtOneCodeFromManyAddressesStopsAtItsPrefixOnly() {
        String code = group(RECEIPT, posted("127.0.25.1", "/melden", sending("Doelwit " + UUID.randomUUID())).body());
        String other = group(RECEIPT, posted("127.0.25.1", "/melden", sending("Ander " + UUID.randomUUID())).body());
        String prefix = code.substring(0, 9);
        for (int i = 0; i < 5; i++) {
            assertThat(posted("127.0.25." + (10 + i), "/melden/volgen", Map.of("code", prefix + "0000-0000-0000-000" + i))
                    .status()).isEqualTo(404);
        }

        assertThat(posted("127.0.25.20", "/melden/volgen", Map.of("code", prefix + "0000-0000-0000-0009")).status())
                .as("sixth guess at the same prefix, from a fresh address").isEqualTo(429);
        assertThat(posted("127.0.25.20", "/melden/volgen", Map.of("code", other)).status())
                .as("another code from that address").isEqualTo(200);
    }

    /** Pushes the public sends over the flood threshold, from addresses of their own. */
    private void flood() {
        for (int i = 0; i < FLOOD_THRESHOLD; i++) {
            posted("127.0.30." + (1 + i % 100), "/melden", sending("Een melding van de vloed " + i));
        }
        assertThat(posted("127.0.30.200", "/melden", reviewing("Even kijken of er gerekend moet worden")).body()).contains("data-proof-challenge");
    }

    private static Map<String, String> reviewing(String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("municipalityId", "");
        form.put("reporterType", "RESIDENT");
        form.put("anonymous", "true");
        form.put("step", "review");
        return form;
    }

    private static Map<String, String> sending(String description) {
        Map<String, String> form = reviewing(description);
        form.put("step", "send");
        return form;
    }

    /** Posts from a source and, for a Post/Redirect/Get answer, fetches the page it redirects to from there. */
    private LoopbackClient.Response posted(String source, String path, Map<String, String> form) {
        LoopbackClient.Response response = http.post(source, path, form);
        if (response.status() == 303 && !response.location().isEmpty()) {
            return http.send(source, "GET", response.location(), Map.of(), null);
        }
        return response;
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
