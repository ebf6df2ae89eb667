package nl.schakel.audit.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.SchakelApplication;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.testing.WebSession;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audited page views per second with N concurrent users, for a number of audit chains (docs/benchmarks.md).
 * Not a test (never runs in {@code ./mvnw verify}). Per chain count it starts Schakel on a fresh embedded
 * cluster of its own (durable: fsync, synchronous_commit and full_page_writes on, as issue 17 point 2 asks), logs N
 * sessions in as the demo reporter and lets each GET {@code /signalen/mijn} (one audit record per view) in a loop;
 * then it lets N threads append audit records directly, which shows the append ceiling alone.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.schakel.audit.bench.AuditThroughputBench \
 *   -Dexec.args="--users 16 --seconds 20 --chains 1,8"
 * </pre>
 */
public final class AuditThroughputBench {

    private AuditThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int users = 16;
        int seconds = 20;
        List<Integer> chainCounts = List.of(1, 8);
        String path = "/signalen/mijn";
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--chains" -> chainCounts = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--path" -> path = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf("load average before: %s%n", loadAverage());
        for (int chains : chainCounts) {
            run(chains, users, seconds, path);
        }
        System.out.printf("load average after: %s%n", loadAverage());
        System.exit(0);
    }

    private static void run(int chains, int users, int seconds, String path) throws Exception {
        Path dir = Path.of("target", "bench-audit", UUID.randomUUID().toString());
        // A cluster of its own, durable as issue 17 point 2 asks (zonky's defaults switch fsync off on the command
        // line, which ALTER SYSTEM cannot override); Schakel uses it as an external database with one role.
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").setServerConfig("max_connections", "100").start();
        JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
        superuser.execute("create role schakel login");
        superuser.execute("create database schakel owner schakel");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SchakelApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + server.getJdbcUrl("schakel", "schakel"),
                "--spring.datasource.username=schakel", "--schakel.demo.seed=ALWAYS",
                "--schakel.sealing.keyset-file=" + dir.resolve("sealing.json"),
                "--schakel.audit.key-file=" + dir.resolve("audit.key"),
                "--schakel.audit.anchor-file=" + dir.resolve("anchors.log"),
                "--schakel.audit.chains=" + chains, "--logging.level.root=WARN",
                "--logging.structured.format.console=");
        try {
            JdbcTemplate app = context.getBean(JdbcTemplate.class);
            String settings = app.queryForObject("select current_setting('fsync') || '/' "
                    + "|| current_setting('synchronous_commit') || '/' || current_setting('full_page_writes')", String.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));

            List<WebSession> sessions = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                WebSession session = new WebSession(port);
                session.login("melder", WebSession.DEMO_PASSWORD);
                sessions.add(session);
            }
            pageViews(sessions, path, 3); // warm up
            long seqBefore = app.queryForObject("select coalesce(max(seq), 0) from audit_record", Long.class);
            Result views = pageViews(sessions, path, seconds);
            long audited = app.queryForObject("select count(*) from audit_record where seq > ?", Long.class, seqBefore);
            String spread = app.queryForObject("select string_agg(chain || ':' || n, ' ' order by chain) from "
                    + "(select chain, count(*) n from audit_record where seq > ? group by chain) x", String.class, seqBefore);
            System.out.printf("chains=%d users=%d durable(fsync/sync_commit/fpw)=%s: %.1f audited page views/s "
                            + "(%d views, %d errors, %d audit records), p50 %.1f ms, p95 %.1f ms; records per chain %s%n",
                    chains, users, settings, views.count() / (double) seconds, views.count(), views.errors(), audited,
                    views.percentile(50), views.percentile(95), spread);

            AuditTrail trail = context.getBean(AuditTrail.class);
            Result appends = appends(trail, users, Math.max(5, seconds / 2));
            System.out.printf("chains=%d threads=%d: %.1f direct audit appends/s, p50 %.1f ms, p95 %.1f ms; verify: %s%n",
                    chains, users, appends.count() / (double) Math.max(5, seconds / 2), appends.percentile(50),
                    appends.percentile(95), trail.verify());
            System.out.printf("load average: %s%n", loadAverage());
        } finally {
            SpringApplication.exit(context);
            server.close();
        }
    }

    private static Result pageViews(List<WebSession> sessions, String path, int seconds) throws InterruptedException {
        return concurrently(sessions.size(), seconds, i -> {
            HttpResponse<String> response = sessions.get(i).get(path);
            return response.statusCode() == 200;
        });
    }

    private static Result appends(AuditTrail trail, int threads, int seconds) throws InterruptedException {
        return concurrently(threads, seconds, i -> {
            trail.record(new AuditEvent("AUDIT_VIEWED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
            return true;
        });
    }

    interface Action {
        boolean run(int worker) throws Exception;
    }

    private static Result concurrently(int threads, int seconds, Action action) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int worker = t;
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = action.run(worker);
                        } catch (Exception e) {
                            ok = false;
                        }
                        if (ok) {
                            latencies.add(System.nanoTime() - start);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, errors.get());
    }

    private record Result(List<Long> sortedNanos, long errors) {

        long count() {
            return sortedNanos.size();
        }

        double percentile(int p) {
            if (sortedNanos.isEmpty()) {
                return Double.NaN;
            }
            return sortedNanos.get(Math.min(sortedNanos.size() - 1, sortedNanos.size() * p / 100)) / 1e6;
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }
}
