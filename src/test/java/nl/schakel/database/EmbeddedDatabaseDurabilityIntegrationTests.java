package nl.schakel.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety of the packaged application on its embedded database, as an operator would meet it: 300 signals
 * through {@code POST /api/v1/signals} while the JVM is killed with SIGKILL five times and started again on the
 * same data directory. The embedded postmaster survives each of those kills as an orphan (checked); the test
 * never stops it: the next start must. Once more, the database's processes are killed first and then the JVM.
 * Every signal answered with 201 must be in the database at the end.
 */
class EmbeddedDatabaseDurabilityIntegrationTests {

    private static final int SIGNALS = 300;
    private static final int KILLS = 5;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Path home = Path.of("target", "test-postgres", "durability-" + UUID.randomUUID()).toAbsolutePath();
    private final Path data = home.resolve("postgres");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int httpPort = freePort();
    private final List<Path> logs = new ArrayList<>();
    private Process app;

    @Test
    void everyAcknowledgedSignalSurvivesKillsOfTheApplication() throws Exception {
        Files.createDirectories(home);
        start();
        String token = seedToken();

        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        int kills = 0;
        int orphans = 0;
        boolean databaseCrashed = false;
        int round = 0;
        while (acknowledged.size() < SIGNALS || kills < KILLS || !databaseCrashed) {
            round++;
            int target = Math.min(SIGNALS, acknowledged.size() + SIGNALS / (KILLS + 2));
            long postmaster = postmasterPid().orElseThrow();
            if (kills == 2 && !databaseCrashed) {
                // Once, the database goes down first (as in a power cut, minus the disk cache): every
                // PostgreSQL process of the cluster gets SIGKILL, then the JVM does. Commits acknowledged
                // but not yet in the WAL would be lost here (synchronous_commit=off loses them).
                sendUntil(token, acknowledged, target, round, () -> {
                    ProcessHandle.of(postmaster).ifPresent(process -> {
                        process.descendants().forEach(ProcessHandle::destroyForcibly);
                        process.destroyForcibly();
                    });
                    app.destroyForcibly();
                });
                assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
                databaseCrashed = true;
                start();
                continue;
            }
            boolean kill = kills < KILLS;
            // The JVM alone gets SIGKILL; its postmaster lives on, orphaned, and the test leaves it be.
            sendUntil(token, acknowledged, target, round, kill ? app::destroyForcibly : () -> { });
            if (kill) {
                assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
                kills++;
                if (alive(postmaster)) {
                    orphans++;
                }
                start();
                assertThat(alive(postmaster)).as("the orphan was stopped by the start").isFalse();
            }
        }

        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
        assertThat(orphans).as("the postmaster outlived the killed JVM").isEqualTo(kills);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SIGNALS);
        assertThat(storedOf(acknowledged)).as("acknowledged signals in the database").isEqualTo(acknowledged.size());
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        // Cleanup only: whatever the last run left must not outlive the test.
        Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
        postmaster.ifPresent(ProcessHandle::destroy);
        postmaster.ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** Sends signals from two threads until {@code target} are acknowledged, then runs {@code kill}. */
    private void sendUntil(String token, Set<UUID> acknowledged, int target, int round, Runnable kill)
            throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        for (int sender = 0; sender < 2; sender++) {
            int number = sender;
            senders.submit(() -> {
                int sequence = 0;
                while (!done.get()) {
                    String description = "Duurzaamheidsproef ronde " + round + " zender " + number + " signaal "
                            + sequence++ + ": mannen worden 's nachts met een busje opgehaald.";
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + httpPort + "/api/v1/signals"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"channel": "VEILIG_THUIS", "signal": {"description": "%s",
                                         "reporterType": "OTHER"}}""".formatted(description)))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            Matcher id = ID.matcher(response.body());
                            if (id.find()) {
                                acknowledged.add(UUID.fromString(id.group(1)));
                            }
                        }
                    } catch (IOException e) {
                        // the application is being killed: this one was not acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (acknowledged.size() < target && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(acknowledged.size()).as("signals acknowledged in round " + round).isGreaterThanOrEqualTo(target);
        // The kill comes while the senders still have requests in flight.
        kill.run();
        done.set(true);
        senders.shutdown();
        assertThat(senders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    private void start() throws Exception {
        Path log = home.resolve("app-" + (logs.size() + 1) + ".log");
        logs.add(log);
        String java = ProcessHandle.current().info().command().orElse("java");
        app = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                Path.of("target", "schakel.jar").toAbsolutePath().toString(),
                "--server.port=" + httpPort,
                "--schakel.embedded-database.data-directory=" + data,
                // The default: a free port at every start, so a start never reaches a left-over server by chance.
                "--schakel.embedded-database.port=0",
                "--schakel.embedded-database.startup-timeout=60s",
                "--schakel.sealing.keyset-file=" + home.resolve("keys").resolve("sealing-keyset.json"),
                // Everything the application keeps on disk stays in this test's home, never in the checkout's ./data.
                "--schakel.audit.key-file=" + home.resolve("keys").resolve("audit-hmac.key"),
                "--schakel.audit.anchor-file=" + home.resolve("audit-anchors").resolve("anchors.log"),
                "--logging.structured.format.console=",
                "--logging.level.root=WARN",
                "--logging.level.nl.schakel.database=INFO")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("start " + logs.size() + " failed:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(250);
        }
        throw new AssertionError("start " + logs.size() + " not ready in time:\n" + Files.readString(log));
    }

    /** An API token for the demo municipality, stored through the owner role with its generated password. */
    private String seedToken() throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = "skl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
        try (Connection owner = owner(); PreparedStatement insert = owner.prepareStatement("""
                insert into api_token (id, organisation_id, name, token_hash, scopes, created_at, created_by)
                select gen_random_uuid(), organisation_id, 'Duurzaamheidsproef', ?, array['SIGNALS_WRITE'], now(), id
                from app_user where username = 'beheerder'""")) {
            insert.setString(1, hash);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        return token;
    }

    private int storedOf(Set<UUID> ids) throws Exception {
        try (Connection owner = owner();
                PreparedStatement count = owner.prepareStatement("select count(*) from signal where id = any (?)")) {
            Array array = owner.createArrayOf("uuid", ids.toArray());
            count.setArray(1, array);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private Connection owner() throws Exception {
        Path secret = home.resolve("secrets").resolve("postgres").resolve("schakel_owner.password");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort() + "/schakel",
                "schakel_owner", Files.readString(secret).strip());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The embedded cluster's port, from its postmaster.pid (a free port is chosen at every start). */
    private int databasePort() throws IOException {
        return Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip());
    }

    private Optional<Long> postmasterPid() {
        return StalePostmaster.pidIn(data.resolve("postmaster.pid"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
