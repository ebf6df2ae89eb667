package nl.schakel.monitoring.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps monitoring's monthly and weekly aggregates (decision 0032): per region, month (or week) and municipality,
 * the sums of its daily aggregates, so that a period reads its whole months from the monthly tables and, of its
 * partial months, the whole weeks from the weekly ones. A week here never crosses a month: it runs from a Monday
 * or the first of a month to the next Monday or first of a month. A month or week is recomputed from its daily
 * rows, never incremented, after the days of the same transaction, under a lock per region, level and start.
 */
@Repository
class MonthlyAggregates {

    /** A level of roll-up: its tables' prefix, its key column and the SQL of the first day of a day's unit. */
    enum Level {
        MONTH("monitoring_monthly_", "month", "cast(date_trunc('month', day::timestamp) as date)"),
        WEEK("monitoring_weekly_", "week", "greatest(cast(date_trunc('week', day::timestamp) as date), "
                + "cast(date_trunc('month', day::timestamp) as date))");

        final String prefix;
        final String column;
        final String startOfDay;

        Level(String prefix, String column, String startOfDay) {
            this.prefix = prefix;
            this.column = column;
            this.startOfDay = startOfDay;
        }

        /** The first day of the day's month or week. */
        LocalDate start(LocalDate day) {
            LocalDate month = day.withDayOfMonth(1);
            if (this == MONTH) {
                return month;
            }
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return monday.isAfter(month) ? monday : month;
        }

        /** The first day after the unit that starts on {@code start}. */
        LocalDate next(LocalDate start) {
            LocalDate month = start.withDayOfMonth(1).plusMonths(1);
            if (this == MONTH) {
                return month;
            }
            LocalDate monday = start.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            return monday.isBefore(month) ? monday : month;
        }
    }

    /** Per kind: the daily table's suffix, the grouping columns and the summed ones. */
    private record Rollup(String kind, String keys, String sums) {
    }

    private static final List<Rollup> ROLLUPS = List.of(
            new Rollup("count", "municipality_id, figure, code", "sum(amount)"),
            new Rollup("histogram", "municipality_id, figure, partner_id, hours", "sum(amount)"),
            new Rollup("partner", "municipality_id, partner_id, partner_type, due_at",
                    "sum(referrals), sum(with_feedback), sum(on_time), sum(late)"));

    static final List<String> TABLES = tables();

    private final JdbcClient jdbc;

    MonthlyAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static List<String> tables() {
        List<String> tables = new ArrayList<>();
        for (Level level : Level.values()) {
            ROLLUPS.forEach(r -> tables.add(level.prefix + r.kind()));
        }
        return List.copyOf(tables);
    }

    /**
     * Recomputes the months and then the weeks of the days' keys (ordered by region and day), each once and in
     * order, so that every transaction takes its locks in the same order.
     */
    void recompute(Collection<DailyAggregates.Key> days) {
        for (Level level : Level.values()) {
            days.stream().map(k -> new DailyAggregates.Key(k.regionId(), level.start(k.day()))).distinct()
                    .forEach(k -> recompute(level, k.regionId(), k.day()));
        }
    }

    /** Recomputes one region's month or week from its daily rows, after taking its lock. */
    private void recompute(Level level, UUID region, LocalDate start) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 32))")
                .param("key", level.column + "/" + region + "/" + start).query(Integer.class).single();
        for (Rollup r : ROLLUPS) {
            jdbc.sql("delete from " + level.prefix + r.kind() + " where region_id = :region and " + level.column
                    + " = :start").param("region", region).param("start", start).update();
        }
        write(level, " where region_id = :region and day >= :start and day < :next", region, start);
    }

    /** Recomputes every month and week from all daily rows (the rebuild; its caller holds the tables' locks). */
    void rebuild() {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table).update();
        }
        for (Level level : Level.values()) {
            write(level, "", null, null);
        }
    }

    private void write(Level level, String where, @Nullable UUID region, @Nullable LocalDate start) {
        for (Rollup r : ROLLUPS) {
            JdbcClient.StatementSpec spec = jdbc.sql("insert into " + level.prefix + r.kind() + " (region_id, "
                    + level.column + ", " + r.keys() + ", " + r.sums().replaceAll("sum\\((\\w+)\\)", "$1")
                    + ") select region_id, " + level.startOfDay + ", " + r.keys() + ", " + r.sums()
                    + " from monitoring_daily_" + r.kind() + where + " group by region_id, 2, " + r.keys());
            if (region != null && start != null) {
                spec = spec.param("region", region).param("start", start).param("next", level.next(start));
            }
            spec.update();
        }
    }
}
