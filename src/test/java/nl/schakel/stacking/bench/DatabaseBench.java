package nl.schakel.stacking.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.stacking.AddressKey;
import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.MatchThresholds;
import nl.schakel.stacking.Normalise;
import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.PersonMatcher;
import nl.schakel.stacking.SharedContext;
import nl.schakel.stacking.SurnameSpellings;
import nl.schakel.stacking.registry.SubjectLinking;
import nl.schakel.stacking.registry.SubjectRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject registry in PostgreSQL under load: bulk-loads a reference CSV of {@link Generate} into the real
 * registry tables (the schema of the Flyway migrations; COPY, then indexes and constraints), measures the
 * per-subject lookup with the application's own candidate retrieval ({@link SubjectRegistry#candidates}) and
 * scoring, and the sustained intake of signals with matching on ({@link SubjectLinking}, as the intake
 * listener runs it), with worker threads.
 * <p>
 * {@code DatabaseBench --ref ref.csv --query query.csv [--jdbc URL --user U --password P]
 * [--lookups 10000] [--signals 6000] [--workers 2] [--connection-init SQL] [--skip-intake]}. Without
 * {@code --jdbc} it starts an embedded PostgreSQL 17 in {@code target/bench-db} (cleaned first). The database
 * must be empty or migrated by Schakel.
 */
public final class DatabaseBench {

    private static final LocalDate SIGNAL_DATE = Generate.SIGNAL_DATE;
    private static final OffsetDateTime RECEIVED = SIGNAL_DATE.atStartOfDay().atOffset(ZoneOffset.UTC);
    private static final List<String> TABLES = List.of("signal", "subject", "subject_person", "subject_block",
            "subject_mention", "surname_spelling");
    /** The loaded tables, largest first (the order in which their keys and indexes are rebuilt). */
    private static final List<String> LOAD_ORDER = List.of("subject_block", "subject_mention", "subject",
            "subject_person", "signal", "surname_spelling");
    /** The tables the lookup reads. */
    private static final List<String> ANALYZED = List.of("subject_block", "subject_mention", "subject",
            "subject_person", "surname_spelling");

    private final DataSource dataSource;
    private final UUID region = UUID.randomUUID();
    private final UUID organisation = UUID.randomUUID();
    /** The surnames loaded so far, each with its spellings once in the vocabulary of surnames. */
    private final Set<String> vocabulary = new java.util.HashSet<>();

    private DatabaseBench(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args);
        EmbeddedPostgres postgres = null;
        String url = options.get("jdbc");
        String user = options.getOrDefault("user", "postgres");
        if (url == null) {
            Path directory = Path.of(options.getOrDefault("data", "target/bench-db"));
            deleteRecursively(directory);
            Files.createDirectories(directory);
            postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true)
                    .setServerConfig("shared_buffers", options.getOrDefault("shared-buffers", "2GB"))
                    .setServerConfig("maintenance_work_mem", "2GB").setServerConfig("work_mem", "64MB")
                    .setServerConfig("max_wal_size", "8GB").setServerConfig("checkpoint_timeout", "30min")
                    // A bulk load as the PostgreSQL manual advises ("Populating a Database"): no WAL for the
                    // tables truncated and COPYd in one transaction, nor for the indexes built after it.
                    .setServerConfig("wal_level", "minimal").setServerConfig("max_wal_senders", "0")
                    .setServerConfig("listen_addresses", "127.0.0.1").start();
            url = postgres.getJdbcUrl("postgres", "postgres");
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(options.getOrDefault("password", ""));
        pool.setMaximumPoolSize(4);
        if (options.containsKey("connection-init")) {
            pool.setConnectionInitSql(options.get("connection-init"));   // to try settings, e.g. plan_cache_mode
        }
        try (pool) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .placeholders(Map.of("approle", "")).load().migrate();
            System.out.printf("PostgreSQL %s; %d cores; load average at start %s%n",
                    JdbcClient.create(pool).sql("show server_version").query(String.class).single(),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            DatabaseBench bench = new DatabaseBench(pool);
            List<PersonRow> queries = Evaluate.load(Path.of(options.get("query")));
            bench.load(Path.of(options.get("ref")));
            if (System.getProperty("bench.prewarm") != null) {
                bench.prewarm(System.getProperty("bench.prewarm").equals("buffers"));
            }
            bench.lookups(queries, Integer.parseInt(options.getOrDefault("lookups", "10000")));
            if (!options.containsKey("skip-intake")) {
                bench.intake(queries, Integer.parseInt(options.getOrDefault("signals", "6000")),
                        Integer.parseInt(options.getOrDefault("workers", "2")));
            }
            System.out.printf("Load average at the end: %s%n", loadAverage());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    // ---- bulk load ----

    private void load(Path referenceCsv) throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into region (id, code, name) values (?, ?, ?)").params(region, "BENCH", "Bench").update();
        jdbc.sql("""
                insert into organisation (id, region_id, name, type, created_at, updated_at)
                values (?, ?, 'Bench', 'MUNICIPALITY', now(), now())""").params(organisation, region).update();
        long start = System.nanoTime();
        Rebuild rebuild = dropIndexesAndConstraints();
        long dropped = System.nanoTime();
        long[] counts = copy(referenceCsv);
        long persons = counts[0];
        long rows = counts[1];
        long copied = System.nanoTime();
        System.out.printf("COPY done after %,.1f s; load average %s%n", (copied - start) / 1e9, loadAverage());
        // Keys and indexes per table, the tables on two connections at a time (largest first).
        parallel(new ArrayList<>(rebuild.tables().values()), (statement, ddl) -> {
            statement.execute(ddl);
            System.out.printf("  %,.1f s: %s%n", (System.nanoTime() - copied) / 1e9, ddl);
        });
        long indexed = System.nanoTime();
        // The rows are generated consistent (every reference points at a row COPYd before it): the foreign keys
        // are added NOT VALID, i.e. enforced for every later write, without re-checking the loaded rows.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : rebuild.foreign()) {
                statement.execute(ddl + " not valid");
            }
        }
        long constrained = System.nanoTime();
        // ANALYZE of the tables the lookup reads (not signal, which it does not touch); with -Dbench.vacuum=true
        // VACUUM ANALYZE, which also sets the visibility map, as autovacuum would in a running registry, so that
        // the probes of subject_block can be index-only scans.
        String analyze = Boolean.getBoolean("bench.vacuum") ? "vacuum (analyze) " : "analyze ";
        parallel(ANALYZED.stream().map(t -> List.of(analyze + t)).toList(), Statement::execute);
        long end = System.nanoTime();
        System.out.printf("%n== Bulk load of %,d persons (%,d rows in %d tables)%n", persons, rows,
                TABLES.size());
        System.out.printf("Total %,.1f s: drop indexes %,.1f s, COPY %,.1f s (%,.0f persons/s, normalisation "
                        + "and keys included), indexes and constraints %,.1f s (keys and indexes on 2 connections "
                        + "%,.1f s, foreign keys not valid %,.1f s), analyze %,.1f s%n",
                (end - start) / 1e9, (dropped - start) / 1e9, (copied - dropped) / 1e9,
                persons / ((copied - dropped) / 1e9), (constrained - copied) / 1e9, (indexed - copied) / 1e9,
                (constrained - indexed) / 1e9, (end - constrained) / 1e9);
        System.out.printf("Database size %s; load average %s%n", jdbc.sql(
                "select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single(),
                loadAverage());
        // What the lookup reads, so that one can tell whether it fits in memory (the relations of ANALYZED).
        jdbc.sql("""
                select c.relname, pg_size_pretty(pg_relation_size(c.oid)) from pg_class c
                where c.relname = any(?) or c.oid in (select indexrelid from pg_index i join pg_class t
                    on t.oid = i.indrelid where t.relname = any(?))
                order by pg_relation_size(c.oid) desc""")
                .params(ANALYZED.toArray(String[]::new), ANALYZED.toArray(String[]::new))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list()
                .forEach(line -> System.out.println("  " + line));
    }

    /**
     * Reads what the lookup reads into memory (the operating system's page cache), as a registry that has been
     * running holds it: the indexes of the tables the lookup reads, the person rows and the vocabulary. Not the
     * heap of {@code subject_block}, which the lookup's index-only scans do not read once VACUUM has set the
     * visibility map ({@code -Dbench.vacuum=true}), nor that of {@code subject_mention}. With {@code buffers}
     * ({@code -Dbench.prewarm=buffers}) the relations every lookup reads most (the keys' index, the person rows and
     * their key, the vocabulary) go into PostgreSQL's shared buffers too, for a {@code --shared-buffers} that holds
     * them.
     */
    private void prewarm(boolean buffers) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long start = System.nanoTime();
        jdbc.sql("create extension if not exists pg_prewarm").update();
        List<String> read = jdbc.sql("""
                select c.relname || ' ' || pg_size_pretty(pg_relation_size(c.oid)) || ' ' || pg_prewarm(c.oid, 'read')
                from pg_class c where c.relname in ('subject_person', 'surname_spelling', 'subject')
                   or c.oid in (select indexrelid from pg_index i join pg_class t on t.oid = i.indrelid
                       where t.relname = any(?))""")
                .param(ANALYZED.toArray(String[]::new)).query(String.class).list();
        if (buffers) {
            read = new ArrayList<>(read);
            read.addAll(jdbc.sql("""
                    select c.relname || ' into shared buffers ' || pg_prewarm(c.oid, 'buffer') from pg_class c
                    where c.relname in ('subject_block_pkey', 'subject_person', 'subject_person_pkey',
                        'surname_spelling', 'surname_spelling_pkey')""").query(String.class).list());
        }
        System.out.printf("Prewarmed (relation, size, blocks read) in %,.1f s: %s; load average %s%n",
                (System.nanoTime() - start) / 1e9, read, loadAverage());
    }

    private interface Ddl {
        void run(Statement statement, String ddl) throws SQLException;
    }

    /** Runs the groups of statements on two connections, a group's statements one after the other. */
    private void parallel(List<List<String>> groups, Ddl ddl) throws Exception {
        java.util.concurrent.ConcurrentLinkedQueue<List<String>> queue =
                new java.util.concurrent.ConcurrentLinkedQueue<>(groups);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                running.add(workers.submit(() -> {
                    try (Connection connection = dataSource.getConnection();
                            Statement statement = connection.createStatement()) {
                        statement.execute("set maintenance_work_mem = '2GB'");
                        statement.execute("set max_parallel_maintenance_workers = 1");
                        for (List<String> group = queue.poll(); group != null; group = queue.poll()) {
                            for (String one : group) {
                                ddl.run(statement, one);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            workers.shutdown();
        }
    }

    /** The DDL to re-create: keys and indexes per table (largest table first), and the foreign keys. */
    private record Rebuild(Map<String, List<String>> tables, List<String> foreign) {
    }

    /** Drops the indexes and constraints of the loaded tables (and foreign keys into them); returns their DDL. */
    private Rebuild dropIndexesAndConstraints() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String[] tables = TABLES.toArray(String[]::new);
        List<String[]> constraints = jdbc.sql("""
                select conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype from pg_constraint
                where contype in ('p', 'u', 'f') and (conrelid::regclass::text = any(:t)
                    or confrelid <> 0 and confrelid::regclass::text = any(:t))
                order by case contype when 'f' then 0 else 1 end""").param("t", tables)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        List<String[]> indexes = jdbc.sql("""
                select tablename, indexdef from pg_indexes i where tablename = any(:t) and schemaname = 'public'
                and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""").param("t", tables)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, List<String>> perTable = new LinkedHashMap<>();
        LOAD_ORDER.forEach(t -> perTable.put(t, new ArrayList<>()));
        List<String> foreign = new ArrayList<>();
        for (String[] c : constraints) {
            jdbc.sql("alter table " + c[0] + " drop constraint " + c[1]).update();
            String add = "alter table " + c[0] + " add constraint " + c[1] + " " + c[2];
            if (c[3].equals("f")) {
                foreign.add(add);
            } else {
                perTable.get(c[0]).add(add);
            }
        }
        for (String[] index : indexes) {
            jdbc.sql("drop index " + index[1].replaceFirst("(?s)^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"))
                    .update();
            perTable.get(index[0]).add(index[1]);
        }
        return new Rebuild(perTable, foreign);
    }

    /** COPY of the registry rows: per person one signal, the person, its keys, its phone and address, mentions. */
    /** Streams the reference CSV (10^7 persons do not fit in memory as rows); returns persons and rows. */
    private long[] copy(Path referenceCsv) throws Exception {
        Map<String, UUID> exact = new HashMap<>();
        Map<String, StringBuilder> buffers = new LinkedHashMap<>();
        TABLES.forEach(t -> buffers.put(t, new StringBuilder()));
        long[] counts = new long[2];
        // One thread COPYs a chunk while this one normalises the next: the database and the JVM each get a core.
        ExecutorService copier = Executors.newSingleThreadExecutor();
        List<Future<?>> copying = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            // Truncated and COPYd in one transaction: with wal_level minimal PostgreSQL writes no WAL for the rows.
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate " + String.join(", ", TABLES));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Evaluate.each(referenceCsv, row -> {
                counts[1] += person(row, (int) counts[0]++, exact, buffers);
                if (buffers.get("subject_block").length() > 8_000_000) {
                    flush(buffers, copier, copy, copying);
                }
            });
            flush(buffers, copier, copy, copying);
            copying.get(copying.size() - 1).get();
            connection.commit();
            connection.setAutoCommit(true);
        } finally {
            copier.shutdown();
        }
        return counts;
    }

    /** Hands the buffered rows to the copier, after the previous chunk is in. */
    private static void flush(Map<String, StringBuilder> buffers, ExecutorService copier, CopyManager copy,
            List<Future<?>> copying) {
        Map<String, String> chunk = new LinkedHashMap<>();
        buffers.forEach((table, buffer) -> {
            chunk.put(table, buffer.toString());
            buffer.setLength(0);
        });
        try {
            if (!copying.isEmpty()) {
                copying.get(copying.size() - 1).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        copying.add(copier.submit(() -> {
            for (Map.Entry<String, String> table : chunk.entrySet()) {
                copy.copyIn("copy " + table.getKey() + columns(table.getKey()) + " from stdin (format csv)",
                        new StringReader(table.getValue()));
            }
            return null;
        }));
    }

    private static String columns(String table) {
        return switch (table) {
            case "signal" -> " (id, reference, region_id, receiving_organisation_id, channel, reporter_type, status,"
                    + " description, catalogue_version, anonymous, received_at, updated_at, reporter_key)";
            case "subject" -> " (id, region_id, kind, identity, label, created_at)";
            case "subject_person" -> " (" + String.join(", ", SubjectRegistry.PERSON_COLUMNS) + ")";
            case "subject_block" -> " (block_key, subject_id)";
            case "surname_spelling" -> " (spelling, surname_key)";
            default -> " (signal_id, subject_id, outcome)";
        };
    }

    private int person(PersonRow row, int number, Map<String, UUID> exact, Map<String, StringBuilder> out) {
        UUID signal = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        SubjectRegistry.StoredPerson stored = stored(row, subject);
        out.get("signal").append(signal).append(",B-").append(number).append(',').append(region).append(',')
                .append(organisation).append(",BENCH,PROFESSIONAL,RECEIVED,bench,1,false,").append(RECEIVED)
                .append(',').append(RECEIVED).append(",S:").append(signal).append('\n');
        out.get("subject").append(subject).append(',').append(region).append(",PERSON,,")
                .append(csv(label(stored))).append(',').append(RECEIVED).append('\n');
        NormalisedPerson normalised = stored.normalised();
        StringBuilder person = out.get("subject_person");
        for (Object value : SubjectRegistry.personValues(subject, region, stored, normalised)) {
            person.append(copyValue(value)).append(',');
        }
        person.setCharAt(person.length() - 1, '\n');
        int rows = 3;
        BlockingKeys keys = BlockingKeys.of(normalised);
        SurnameSpellings spellings = keys.spellings();
        if (spellings != null && vocabulary.add(spellings.surname())) {
            spellings.spellings().forEach(s -> out.get("surname_spelling").append(csv(s)).append(',')
                    .append(csv(spellings.surname())).append('\n'));
        }
        for (String key : keys.index()) {
            out.get("subject_block").append(csv(key)).append(',').append(subject).append('\n');
            rows++;
        }
        mention(out, signal, subject, "NEW");
        rows += 2;
        for (Map.Entry<SharedContext, Set<String>> identity : identities(row).entrySet()) {
            for (String value : identity.getValue()) {
                String kind = identity.getKey().name();
                UUID id = exact.get(kind + value);
                if (id == null) {
                    id = UUID.randomUUID();
                    exact.put(kind + value, id);
                    out.get("subject").append(id).append(',').append(region).append(',').append(kind).append(',')
                            .append(csv(value)).append(',').append(csv(value)).append(',').append(RECEIVED)
                            .append('\n');
                    rows++;
                }
                mention(out, signal, id, "EXACT");
                rows++;
            }
        }
        return rows;
    }

    /** A value in COPY's CSV format: empty is NULL, arrays as PostgreSQL array literals. */
    private static String copyValue(@Nullable Object value) {
        if (value instanceof String[] array) {
            StringBuilder literal = new StringBuilder("{");
            for (String element : array) {
                literal.append(literal.length() > 1 ? "," : "").append('"')
                        .append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return csv(literal.append('}').toString());
        }
        if (value instanceof String text) {
            return csv(text);
        }
        return value == null ? "" : value.toString();
    }

    private static void mention(Map<String, StringBuilder> out, UUID signal, UUID subject, String outcome) {
        out.get("subject_mention").append(signal).append(',').append(subject).append(',').append(outcome).append('\n');
    }

    // ---- lookups ----

    private void lookups(List<PersonRow> queries, int count) {
        SubjectRegistry registry = new SubjectRegistry(JdbcClient.create(dataSource), Clock.systemUTC());
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        PersonMatcher matcher = new PersonMatcher();
        int warmup = Math.min(1000, queries.size());
        long[] latencies = new long[count];
        long[] retrieval = new long[count];
        long[] scoring = new long[count];
        int[] candidates = new int[count];
        LatencyByBirth byBirth = new LatencyByBirth();
        for (int i = -warmup; i < count; i++) {
            PersonRow row = queries.get(Math.floorMod(i, queries.size()));
            long start = System.nanoTime();
            NormalisedPerson person = stored(row, UUID.randomUUID()).normalised();
            // In a transaction, as the intake looks up (with the statement's generic plan, decision 0040).
            List<SubjectRegistry.Candidate> found = transaction.execute(status -> registry.candidates(region,
                    BlockingKeys.of(person), identities(row)));
            long retrieved = System.nanoTime();
            Objects.requireNonNull(found).forEach(c -> matcher.compare(person, c.person(), c.shared()));
            if (i >= 0) {
                latencies[i] = System.nanoTime() - start;
                retrieval[i] = retrieved - start;
                scoring[i] = latencies[i] - retrieval[i];
                candidates[i] = found.size();
                byBirth.add(row, latencies[i], retrieval[i], candidates[i]);
            }
        }
        Arrays.sort(latencies);
        Arrays.sort(retrieval);
        Arrays.sort(scoring);
        Arrays.sort(candidates);
        if (Boolean.getBoolean("bench.explain")) {
            explain(queries.get(0));
        }
        System.out.printf("%n== Lookup per subject (normalise, SubjectRegistry.candidates, score all; 1 thread, "
                        + "%,d queries after %,d warm-up)%n", count, warmup);
        System.out.printf("Latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; candidates mean %.1f, "
                        + "p95 %d, max %d; load average %s%n", latencies[count / 2] / 1e6,
                latencies[(int) (count * 0.95)] / 1e6, latencies[(int) (count * 0.99)] / 1e6,
                latencies[count - 1] / 1e6, Arrays.stream(candidates).average().orElse(0),
                candidates[(int) (count * 0.95)], candidates[count - 1], loadAverage());
        System.out.printf("Of which normalise + retrieve (statement and rows) p50 %.2f ms, p95 %.2f ms; scoring p50 "
                        + "%.2f ms, p95 %.2f ms%n", retrieval[count / 2] / 1e6, retrieval[(int) (count * 0.95)] / 1e6,
                scoring[count / 2] / 1e6, scoring[(int) (count * 0.95)] / 1e6);
        byBirth.print();
    }

    private void explain(PersonRow row) {
        BlockingKeys keys = BlockingKeys.of(stored(row, UUID.randomUUID()).normalised());
        JdbcClient.create(dataSource).sql("explain (analyze, buffers) " + SubjectRegistry.CANDIDATES)
                .params(SubjectRegistry.candidatesParameters(region, keys, identities(row)))
                .query(String.class).list().forEach(System.out::println);
    }

    // ---- sustained intake ----

    /** Signals of one query person each with its phone and address (three subjects), linked in a transaction. */
    private void intake(List<PersonRow> queries, int signals, int workers) throws Exception {
        SubjectRegistry registry = new SubjectRegistry(JdbcClient.create(dataSource), Clock.systemUTC());
        SubjectLinking linking = new SubjectLinking(registry, JsonMapper.builder().build(), MatchThresholds.DEFAULTS);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger subjects = new AtomicInteger();
        Map<SubjectLinking.Outcome, AtomicInteger> outcomes = new HashMap<>();
        for (SubjectLinking.Outcome outcome : SubjectLinking.Outcome.values()) {
            outcomes.put(outcome, new AtomicInteger());
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < signals; i = next.getAndIncrement()) {
                    PersonRow row = queries.get(i % queries.size());
                    transaction.executeWithoutResult(status -> {
                        UUID signal = UUID.randomUUID();
                        jdbc.sql("""
                                insert into signal (id, reference, region_id, receiving_organisation_id, channel,
                                  reporter_type, status, description, catalogue_version, anonymous, received_at,
                                  updated_at, reporter_key)
                                values (?, ?, ?, ?, 'BENCH', 'PROFESSIONAL', 'RECEIVED', 'bench', 1, false, ?, ?, ?)""")
                                .params(signal, "I-" + signal, region, organisation, RECEIVED, RECEIVED, "S:" + signal)
                                .update();
                        Map<SharedContext, Set<String>> identities = identities(row);
                        identities.forEach((context, values) -> values.forEach(value -> {
                            linking.exact(region, signal, context.name(), value, value);
                            subjects.incrementAndGet();
                        }));
                        SubjectRegistry.StoredPerson described = stored(row, UUID.randomUUID());
                        outcomes.get(linking.person(region, signal, described, label(described), identities))
                                .incrementAndGet();
                        subjects.incrementAndGet();
                    });
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        System.out.printf("%n== Sustained intake with matching (%d workers, one transaction per signal)%n", workers);
        System.out.printf("%,d signals with %,d subjects (%.2f per signal) in %,.1f s: %,.0f signals/s; persons "
                        + "%s; load average %s%n", signals, subjects.get(), (double) subjects.get() / signals,
                nanos / 1e9, signals / (nanos / 1e9), outcomes, loadAverage());
    }

    // ---- rows ----

    private static SubjectRegistry.StoredPerson stored(PersonRow row, UUID id) {
        String name = row.surname().isBlank() ? row.given()
                : row.given().isBlank() ? row.surname() : row.surname() + ", " + row.given();
        return new SubjectRegistry.StoredPerson(id, name.isBlank() ? null : name, InMemoryRegistry.sex(row.sex()),
                InMemoryRegistry.integer(row.age()), InMemoryRegistry.date(row.dateOfBirth()),
                row.nationality().isBlank() ? null : row.nationality(), SIGNAL_DATE);
    }

    /** The exact identities of a row, as the intake normalises them. */
    private static Map<SharedContext, Set<String>> identities(PersonRow row) {
        Map<SharedContext, Set<String>> identities = new HashMap<>();
        Normalise.phone(row.phone()).ifPresent(e164 -> identities.put(SharedContext.PHONE, Set.of(e164)));
        Normalise.address(null, row.houseNumber(), row.postcode(), null).map(AddressKey::value)
                .ifPresent(key -> identities.put(SharedContext.ADDRESS, Set.of(key)));
        return identities;
    }

    private static String label(SubjectRegistry.StoredPerson person) {
        return person.name() == null ? "?" : person.name();
    }

    private static String csv(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
