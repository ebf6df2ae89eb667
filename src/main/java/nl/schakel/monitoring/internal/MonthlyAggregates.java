package nl.schakel.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps monitoring's monthly aggregates (decision 0032): per region, month and municipality, the sums of the
 * month's daily aggregates, so that a period reads its whole months from here. A month is recomputed from its
 * daily rows, never incremented, after the days of the same transaction, under a lock per region and month.
 */
@Repository
class MonthlyAggregates {

    /** Per table: the daily table, the monthly one, the grouping columns and the summed ones. */
    private record Rollup(String daily, String monthly, String keys, String sums) {
    }

    static final List<String> TABLES = List.of("monitoring_monthly_count", "monitoring_monthly_histogram",
            "monitoring_monthly_partner");

    private static final List<Rollup> ROLLUPS = List.of(
            new Rollup("monitoring_daily_count", TABLES.get(0), "municipality_id, figure, code", "sum(amount)"),
            new Rollup("monitoring_daily_histogram", TABLES.get(1), "municipality_id, figure, partner_id, hours",
                    "sum(amount)"),
            new Rollup("monitoring_daily_partner", TABLES.get(2),
                    "municipality_id, partner_id, partner_type, due_at",
                    "sum(referrals), sum(with_feedback), sum(on_time), sum(late)"));

    private final JdbcClient jdbc;

    MonthlyAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first day of the day's month. */
    static LocalDate monthOf(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /** Recomputes one region's month from its daily rows, after taking the month's lock. */
    void recompute(UUID region, LocalDate month) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 32))")
                .param("key", "month/" + region + "/" + month).query(Integer.class).single();
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where region_id = :region and month = :month")
                    .param("region", region).param("month", month).update();
        }
        write(" where region_id = :region and day >= :month and day < :next", region, month);
    }

    /** Recomputes every month from all daily rows (the rebuild; its caller holds the tables' locks). */
    void rebuild() {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table).update();
        }
        write("", null, null);
    }

    private void write(String where, @Nullable UUID region, @Nullable LocalDate month) {
        for (Rollup r : ROLLUPS) {
            JdbcClient.StatementSpec spec = jdbc.sql("insert into " + r.monthly() + " (region_id, month, " + r.keys()
                    + ", " + r.sums().replaceAll("sum\\((\\w+)\\)", "$1") + ") select region_id, "
                    + "cast(date_trunc('month', day) as date), " + r.keys() + ", " + r.sums() + " from " + r.daily()
                    + where + " group by region_id, 2, " + r.keys());
            if (region != null && month != null) {
                spec = spec.param("region", region).param("month", month).param("next", month.plusMonths(1));
            }
            spec.update();
        }
    }
}
