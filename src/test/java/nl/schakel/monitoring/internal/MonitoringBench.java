package nl.schakel.monitoring.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.schakel.SchakelApplication;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.Scope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monitoring benchmark (docs/benchmarks.md): starts the application as the integration tests do (its own
 * embedded PostgreSQL, demo region), seeds 10^5 and then 10^6 signal facts with their forms and referrals straight
 * into monitoring's tables (as the event listeners would have written them) and cases, trajectories and placements
 * with the cases, care and shelter modules' test helpers, fills the daily, weekly and monthly aggregates with the
 * rebuild the command {@code monitoring-rebuild} runs (the same SQL the listeners run per day), and measures the
 * dashboard's figures (p50, p95 over the runs; region and one municipality; years, a quarter, partial months and
 * the year to date) and the council report as PDF, with the growth from the first size to the last. Not a test: no
 * class name ends in Tests. Run it with java and the test classpath (the command line is in docs/benchmarks.md).
 */
public final class MonitoringBench {

    /**
     * The last day of the measured year to date: the last but one day of last month (30 October 2026, a Friday: the
     * month's first four weeks and five days), a partial month whatever the day of the run.
     */
    static final LocalDate YEAR_TO_DATE = LocalDate.now().withDayOfMonth(1).minusDays(2);

    private MonitoringBench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"100000", "1000000"} : args) {
            sizes.add(Integer.parseInt(arg));
        }
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SchakelApplication.class)
                .profiles("test").properties("server.port=0").run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Dashboard dashboard = app.getBean(Dashboard.class);
            CouncilReport report = app.getBean(CouncilReport.class);
            ReportPdf pdf = app.getBean(ReportPdf.class);
            DailyAggregates aggregates = app.getBean(DailyAggregates.class);
            Map<String, Double> first = new HashMap<>();
            UUID region = jdbc.sql("select region_id from organisation where name = 'Gemeente Utrecht'")
                    .query(UUID.class).single();
            UUID utrecht = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class)
                    .single();
            int seeded = 0;
            // The schema owner's connection (as Flyway migrates): the benchmark alters the throw-away schema.
            JdbcClient owner = JdbcClient.create(app.getBean(org.flywaydb.core.Flyway.class).getConfiguration()
                    .getDataSource());
            for (int size : sizes) {
                long start = System.nanoTime();
                seed(jdbc, region, size - seeded);
                seedContributions(owner, region);
                seeded = size;
                double seeding = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                aggregates.rebuild();
                // As autovacuum would after the inserts: statistics, and the visibility map for index-only scans.
                vacuum(owner);
                System.out.printf("%n== %,d signal facts (seeded in %.1f s, aggregates rebuilt in %.1f s: %s), "
                        + "load average %s%n", size, seeding, (System.nanoTime() - start) / 1e9, rows(jdbc),
                        loadAverage());
                int year = LocalDate.now().getYear() - 1;
                Period period = Period.year(year);
                LocalDate mid = LocalDate.of(year, 1, 15);
                Period partial = new Period(mid, mid.plusMonths(6).minusDays(1));
                // The default period, the year to date, as on a day with the most days of its month read day by day
                // (today is the last of its month, which the monthly rows cover whole).
                Period toDate = new Period(LocalDate.of(YEAR_TO_DATE.getYear(), 1, 1), YEAR_TO_DATE);
                Scope whole = Scope.region(region);
                Scope city = Scope.municipality(region, utrecht);
                measure(first, "dashboard, region, one year", 20, () -> dashboard.tables(whole, period));
                measure(first, "dashboard, one municipality, one year", 20, () -> dashboard.tables(city, period));
                measure(first, "dashboard, region, one quarter", 20, () -> dashboard.tables(whole,
                        new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31))));
                measure(first, "dashboard, region, 15 Jan - 14 Jul", 20, () -> dashboard.tables(whole, partial));
                measure(first, "dashboard, region, year to date", 20, () -> dashboard.tables(whole, toDate));
                measure(first, "dashboard, one municipality, year to date", 20,
                        () -> dashboard.tables(city, toDate));
                measure(first, "council report PDF, one municipality", 5, () -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("tables", report.tables(city, year, false));
                    model.put("year", year);
                    model.put("municipality", "Gemeente Utrecht");
                    model.put("publicVersion", false);
                    return pdf.render(model, Locale.forLanguageTag("nl"));
                });
                explain(jdbc, size, city, period);
                explain(jdbc, size, whole, partial);
                explain(jdbc, size, whole, toDate);
                System.out.printf("load average after: %s%n", loadAverage());
            }
        }
    }

    /** {@code n} more signals over the last three years, spread over the region's municipalities. */
    private static void seed(JdbcClient jdbc, UUID region, int n) {
        jdbc.sql("""
                insert into monitoring_signal_fact (signal_id, region_id, municipality_id, receiving_organisation_id,
                    received_at, channel, reporter_type, anonymous, age_band, sex, vulnerabilities, classification,
                    triaged_at, routed_at, feedback_at, informed_at)
                select gen_random_uuid(), :region, m.ids[1 + i % cardinality(m.ids)], m.ids[1 + i % cardinality(m.ids)],
                       r.at,
                       (array['ONLINE_FORM','INTERNAL','PHONE','VEILIG_THUIS','PARTNER'])[1 + i % 5],
                       (array['RESIDENT','FRONT_DESK','ENFORCEMENT','SOCIAL_TEAM','SCHOOL','GP'])[1 + i % 6],
                       i % 3 = 0,
                       (array['UNDER_12','AGE_12_17','AGE_18_23','AGE_24_PLUS','UNKNOWN'])[1 + i % 5],
                       (array['FEMALE','MALE','UNKNOWN'])[1 + i % 3],
                       case when i % 4 = 0 then array['MINOR','DEBTS'] else array['HOMELESS'] end,
                       (array['NO_TRAFFICKING','POSSIBLE_TRAFFICKING','TRAFFICKING',null])[1 + i % 4],
                       r.at + interval '1 hour' * (i % 72),
                       case when i % 10 < 8 then r.at + interval '1 hour' * (24 + i % 200) end,
                       case when i % 10 < 6 then r.at + interval '1 day' * (5 + i % 20) end,
                       case when i % 10 < 5 then r.at + interval '1 day' * (10 + i % 20) end
                from generate_series(1, :n) as i
                cross join (select array_agg(id) as ids from organisation where region_id = :region
                            and type = 'MUNICIPALITY') m
                cross join lateral (select now() - interval '1 minute' * ((i::bigint * 7919) % (3 * 525600)) as at) r""")
                .param("region", region).param("n", n).update();
        jdbc.sql("""
                insert into monitoring_signal_form (signal_id, form)
                select signal_id, (array['SEXUAL','LABOUR','CRIMINAL','NONE'])[1 + abs(hashtext(signal_id::text)) % 4]
                from monitoring_signal_fact f
                where not exists (select 1 from monitoring_signal_form m where m.signal_id = f.signal_id)""").update();
        jdbc.sql("""
                insert into monitoring_referral_fact (referral_id, signal_id, partner_organisation_id, partner_type,
                    status, sent_at, due_at, answered_at, feedback_at)
                select gen_random_uuid(), f.signal_id, p.id, p.type,
                       case when f.feedback_at is null then 'SENT' else 'FEEDBACK_GIVEN' end,
                       f.routed_at, ((f.routed_at at time zone 'Europe/Amsterdam')::date + 15) at time zone 'Europe/Amsterdam',
                       f.routed_at + interval '2 days', f.feedback_at
                from monitoring_signal_fact f
                cross join lateral (select id, type from organisation where region_id = f.region_id
                                    and type in ('POLICE', 'CARE_COORDINATION', 'LABOUR_INSPECTORATE')
                                    order by id offset (abs(hashtext(f.signal_id::text)) % 3) limit 1) p
                where f.routed_at is not null
                  and not exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id)""")
                .update();
        jdbc.sql("analyze monitoring_signal_fact").update();
        jdbc.sql("analyze monitoring_signal_form").update();
        jdbc.sql("analyze monitoring_referral_fact").update();
    }

    /**
     * The rows cases, care and shelter contribute (T4, T5, the funnel's last steps), seeded by each module's test
     * helper for the signals that have none yet: about 10% of the signals get a case, 5% a trajectory, and a third
     * of those trajectories a placement. As the schema owner, after dropping the foreign key of
     * {@code case_signal} to {@code signal} in this throw-away database: the benchmark seeds monitoring's facts,
     * not the signals themselves.
     */
    private static void seedContributions(JdbcClient jdbc, UUID region) {
        // The benchmark's own throw-away database: no signal rows, so case_signal's reference to them goes.
        jdbc.sql("select conname from pg_constraint where conrelid = 'case_signal'::regclass and confrelid = "
                + "'signal'::regclass").query(String.class).list()
                .forEach(c -> jdbc.sql("alter table case_signal drop constraint " + c).update());
        String unseen = "select f.signal_id, f.municipality_id, f.received_at as at from monitoring_signal_fact f "
                + "where f.region_id = :region and not exists (select 1 from case_signal c where c.signal_id = "
                + "f.signal_id) and not exists (select 1 from monitoring_bench_seen b where b.signal_id = f.signal_id)";
        jdbc.sql("create table if not exists monitoring_bench_seen (signal_id uuid primary key)").update();
        nl.schakel.cases.CasesBenchSeed.seed(jdbc, region, unseen + " and abs(hashtext(f.signal_id::text)) % 20 < 2");
        nl.schakel.care.CareBenchSeed.seed(jdbc, region, unseen + " and abs(hashtext(f.signal_id::text)) % 20 = 2");
        nl.schakel.shelter.ShelterBenchSeed.seed(jdbc, region, "select t.id, t.created_at as at from trajectory t "
                + "where t.region_id = :region and abs(hashtext(t.id::text)) % 3 = 0 and not exists (select 1 from "
                + "placement_request r where r.trajectory_ref = t.id)");
        jdbc.sql("insert into monitoring_bench_seen select signal_id from monitoring_signal_fact on conflict do nothing")
                .update();
    }

    /**
     * {@code vacuum analyze} of the aggregates, as autovacuum would after the inserts, as their owner (the
     * application's role may not vacuum them: PostgreSQL then only warns and skips the table, which left round 2
     * without statistics and visibility map); again (up to five times, five
     * seconds apart) while a table's visibility map covers less than 99% of its pages, which happens while another
     * transaction (an autovacuum's analyze of a big table, say) holds back the horizon: those are printed.
     */
    private static void vacuum(JdbcClient jdbc) throws InterruptedException {
        List<String> tables = new ArrayList<>(List.of("monitoring_daily_count", "monitoring_daily_histogram",
                "monitoring_daily_partner"));
        tables.addAll(MonthlyAggregates.TABLES);
        for (int attempt = 1; attempt <= 5; attempt++) {
            for (String table : tables) {
                jdbc.sql("vacuum analyze " + table).update();
            }
            String visibility = jdbc.sql("""
                    select string_agg(relname || ' ' || relallvisible || '/' || relpages, ', ' order by relname)
                    from pg_class where relname = any(:tables)""").param("tables", tables.toArray(String[]::new))
                    .query(String.class).single();
            boolean allVisible = jdbc.sql("""
                    select bool_and(relallvisible >= 0.99 * relpages) from pg_class where relname = any(:tables)""")
                    .param("tables", tables.toArray(String[]::new)).query(Boolean.class).single();
            System.out.printf("vacuum %d: visible pages %s%n", attempt, visibility);
            if (allVisible) {
                return;
            }
            jdbc.sql("""
                    select pid || ' ' || coalesce(backend_type, '') || ' ' || coalesce(state, '') || ' xmin '
                        || backend_xmin || ' ' || left(coalesce(query, ''), 80) from pg_stat_activity
                    where backend_xmin is not null and pid <> pg_backend_pid()""")
                    .query(String.class).list().forEach(h -> System.out.println("  holds the horizon: " + h));
            Thread.sleep(5000);
        }
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the three kinds of query the page runs, into /tmp/f-mspeed3/explain.txt. */
    private static void explain(JdbcClient jdbc, int size, Scope scope, Period period) throws Exception {
        StringBuilder out = new StringBuilder("\n== " + size + " " + scope + " " + period + "\n");
        for (String sql : List.of(
                "select a.code, sum(a.amount) from " + FigureQueries.inPeriod("count", FigureQueries.COUNT,
                        FigureQueries.BY_FIGURE, scope) + " group by 1",
                "select a.hours, sum(a.amount) from " + FigureQueries.inPeriod("histogram", FigureQueries.HISTOGRAM,
                        FigureQueries.BY_FIGURE, scope) + " group by 1",
                "select a.partner_id, sum(a.referrals) from " + FigureQueries.inPeriod("partner",
                        FigureQueries.PARTNER, "", scope) + " group by 1")) {
            String figure = sql.contains("hours") ? DailyAggregates.ROUTING : DailyAggregates.SIGNAL;
            FigureQueries.Slices.of(period).bind(jdbc.sql("explain (analyze, buffers) " + sql)
                    .param("region", scope.regionId()).param("municipality", scope.municipalityId())
                    .param("subRegion", null).param("figure", figure)).query(String.class).list()
                    .forEach(line -> out.append(line).append('\n'));
        }
        Path file = Path.of("/tmp/f-mspeed3/explain.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        out.toString().lines().filter(l -> l.contains("Execution Time")).forEach(l -> System.out.println("  explain: " + l));
    }

    private static String rows(JdbcClient jdbc) {
        return jdbc.sql("""
                select (select count(*) from monitoring_daily_count) || ' count rows, '
                    || (select count(*) from monitoring_daily_histogram) || ' histogram rows, '
                    || (select count(*) from monitoring_daily_partner) || ' partner rows; monthly '
                    || (select count(*) from monitoring_monthly_count) || ' / '
                    || (select count(*) from monitoring_monthly_histogram) || ' / '
                    || (select count(*) from monitoring_monthly_partner) || '; contributed: '
                    || (select count(*) from case_file) || ' cases, '
                    || (select count(*) from case_intervention) || ' interventions, '
                    || (select count(*) from trajectory) || ' trajectories, '
                    || (select count(*) from b8_period) || ' B8 periods, '
                    || (select count(*) from placement_request) || ' placements'""")
                .query(String.class).single();
    }

    private static void measure(Map<String, Double> first, String what, int runs,
            java.util.concurrent.Callable<?> work) throws Exception {
        work.call();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        first.putIfAbsent(what, p95);
        System.out.printf("%-40s p50 %7.0f ms   p95 %7.0f ms   (%d runs; p95 × %.2f of the first size)%n", what,
                millis.get(millis.size() / 2), p95, runs, p95 / first.get(what));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
