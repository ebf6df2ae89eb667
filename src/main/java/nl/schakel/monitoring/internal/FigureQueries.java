package nl.schakel.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counting rules (docs/counting-rules.md) as sums over monitoring's daily aggregates (decision 0032): every
 * query reads one figure's rows of the region's days in the period (narrowed to a municipality or sub-region),
 * so its cost grows with the days and codes, not with the number of signals. Waiting times come from histograms
 * in whole hours. A period's whole months are read from the monthly aggregates, the whole weeks of its partial
 * months from the weekly ones and only the remaining days (at most six at either end) from the daily ones, so a
 * year costs 12 × codes rows and a partial month at most 12 days and 4 weeks of rows.
 */
@Repository
public class FigureQueries {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final Clock clock;

    FigureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The funnel's counts (decision 0028, counting rules F1–F6). */
    public record Funnel(long received, long triaged, long possible, long routed, long feedback, long informed) {
    }

    /** Median and 90th percentile in days, over {@code n} cases. */
    public record Spread(@Nullable Double median, @Nullable Double p90, long n) {
    }

    /** Per partner: referrals, waiting to answer and to feedback, on time and overdue. */
    public record PartnerTimes(UUID partnerId, String partnerType, long referrals, Spread answer, Spread feedback,
            long due, long onTime, long overdue) {
    }

    /** Where a period's rows are read, slot by slot: the monthly, daily or weekly table and its key column. */
    private static final List<String> SLOTS = List.of("monthly_%s a where %s and a.month",
            "daily_%s a where %s and a.day", "weekly_%s a where %s and a.week", "daily_%s a where %s and a.day",
            "daily_%s a where %s and a.day", "weekly_%s a where %s and a.week", "daily_%s a where %s and a.day");

    /**
     * The period's rows of one kind of aggregate ({@code count}, {@code histogram}, {@code partner}) in scope, as
     * a subquery named {@code a}: its whole months from the monthly table, and of the stretches before and after
     * them (its partial months) the whole weeks from the weekly table and the at most six days at either end of a
     * stretch from the daily one ({@link Slices}). Each scope has its own statement, so that the planner uses the
     * municipality in the index.
     */
    static String inPeriod(String kind, String columns, String filter, Scope scope) {
        String where = "a.region_id = :region" + filter
                + (scope.municipalityId() == null ? "" : " and a.municipality_id = :municipality")
                + (scope.subRegion() == null ? "" : " and a.municipality_id in (select s.municipality_id"
                        + " from monitoring_sub_region s where s.sub_region = :subRegion)");
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < SLOTS.size(); i++) {
            branches.add("select " + columns + " from monitoring_" + SLOTS.get(i).formatted(kind, where) + " >= :f"
                    + i + " and " + SLOTS.get(i).substring(SLOTS.get(i).lastIndexOf(' ') + 1) + " < :e" + i);
        }
        return " (" + String.join(" union all ", branches) + ") a";
    }

    static final String BY_FIGURE = " and a.figure = :figure";
    static final String COUNT = "a.municipality_id, a.code, a.amount";
    static final String HISTOGRAM = "a.municipality_id, a.figure, a.partner_id, a.hours, a.amount";
    static final String PARTNER = "a.municipality_id, a.partner_id, a.partner_type, a.due_at, a.referrals, "
            + "a.with_feedback, a.on_time, a.late";

    /**
     * The bounds of the {@link #inPeriod} slots for a period, each {@code from} up to {@code end} (exclusive; empty
     * when equal): the whole months; then before and after them (or the whole period when it holds no whole month)
     * the days up to the first week that starts in it, its whole weeks, and the days from the last week's start.
     */
    record Slices(List<LocalDate> bounds) {

        static Slices of(Period period) {
            LocalDate first = period.from();
            LocalDate after = period.until().plusDays(1);
            LocalDate wholeFrom = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
            LocalDate wholeEnd = after.withDayOfMonth(1);
            List<LocalDate> bounds = new ArrayList<>();
            if (wholeFrom.isBefore(wholeEnd)) {
                bounds.addAll(List.of(wholeFrom, wholeEnd));
                split(first, wholeFrom, bounds);
                split(wholeEnd, after, bounds);
            } else {
                bounds.addAll(List.of(after, after));
                split(first, after, bounds);
                split(after, after, bounds);
            }
            return new Slices(List.copyOf(bounds));
        }

        /** Days {@code [from, a)}, whole weeks {@code [a, b)} and days {@code [b, end)}; all days if no whole week. */
        private static void split(LocalDate from, LocalDate end, List<LocalDate> bounds) {
            MonthlyAggregates.Level week = MonthlyAggregates.Level.WEEK;
            LocalDate a = week.start(from).equals(from) ? from : week.next(week.start(from));
            LocalDate b = week.start(end);
            if (a.isBefore(b)) {
                bounds.addAll(List.of(from, a, a, b, b, end));
            } else {
                bounds.addAll(List.of(from, end, end, end, end, end));
            }
        }

        /** Binds the slots' bounds {@code :f0}, {@code :e0}, …. */
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (int i = 0; i < SLOTS.size(); i++) {
                spec = spec.param("f" + i, bounds.get(2 * i)).param("e" + i, bounds.get(2 * i + 1));
            }
            return spec;
        }
    }

    private JdbcClient.StatementSpec scoped(String sql, String figure, Scope scope, Period period) {
        return Slices.of(period).bind(jdbc.sql(sql).param("region", scope.regionId())
                .param("municipality", scope.municipalityId())
                .param("subRegion", scope.subRegion() == null ? null : scope.subRegion().name())
                .param("figure", figure));
    }

    /** Sums of one figure's daily counts per code. */
    private Map<String, Long> sums(String figure, Scope scope, Period period) {
        Map<String, Long> counts = new HashMap<>();
        scoped("select a.code, sum(a.amount) from " + inPeriod("count", COUNT, BY_FIGURE, scope) + " group by 1",
                figure, scope, period)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public Funnel funnel(Scope scope, Period period) {
        Map<String, Long> n = sums(DailyAggregates.SIGNAL, scope, period);
        return new Funnel(n.getOrDefault("received", 0L), n.getOrDefault("triaged", 0L),
                n.getOrDefault("possible", 0L), n.getOrDefault("routed", 0L), n.getOrDefault("routedFeedback", 0L),
                n.getOrDefault("feedbackInformed", 0L));
    }

    /** Unique signals, anonymous ones, those through the internal form, and those whose reporter was informed. */
    public Map<String, Long> totals(Scope scope, Period period) {
        Map<String, Long> n = sums(DailyAggregates.SIGNAL, scope, period);
        Map<String, Long> totals = new HashMap<>();
        for (String column : List.of("received", "anonymous", "internal", "routed", "feedback", "informed")) {
            totals.put(column, n.getOrDefault(column, 0L));
        }
        return totals;
    }

    /** Signals per value of one cut ({@link Cut}); "" for a signal without a municipality. */
    public Map<String, Long> countBy(Cut cut, Scope scope, Period period) {
        return sums(cut.name(), scope, period);
    }

    /** Signals per channel and reporter type (T3), as "channel/reporter type". */
    public Map<String, Long> channelByReporterType(Scope scope, Period period) {
        return sums(DailyAggregates.CHANNEL_REPORTER, scope, period);
    }

    /** Routed signals per partner type (T1): a signal routed to two police units counts once for the police. */
    public Map<String, Long> routedByPartnerType(Scope scope, Period period) {
        return sums(DailyAggregates.ROUTED_PARTNER_TYPE, scope, period);
    }

    public Spread receiptToTriage(Scope scope, Period period) {
        return Histogram.spread(histogram(DailyAggregates.TRIAGE, scope, period));
    }

    public Spread receiptToRouting(Scope scope, Period period) {
        return Histogram.spread(histogram(DailyAggregates.ROUTING, scope, period));
    }

    /** Whole hours → how many, ascending, summed over the period's days. */
    private SortedMap<Integer, Long> histogram(String figure, Scope scope, Period period) {
        SortedMap<Integer, Long> histogram = new TreeMap<>();
        scoped("select a.hours, sum(a.amount) from " + inPeriod("histogram", HISTOGRAM, BY_FIGURE, scope)
                + " group by 1", figure, scope, period)
                .query(rs -> {
                    histogram.put(rs.getInt(1), rs.getLong(2));
                });
        return histogram;
    }

    /**
     * Referrals sent in the period (of signals in scope), per partner. A referral is due once its due moment has
     * passed or feedback came; on time when feedback came by the due moment; overdue when it came later or not yet.
     */
    public List<PartnerTimes> partnerTimes(Scope scope, Period period) {
        Map<String, SortedMap<Integer, Long>> histograms = new HashMap<>();
        scoped("select a.partner_id, a.figure, a.hours, sum(a.amount) from "
                + inPeriod("histogram", HISTOGRAM, " and a.figure in (:answer, :feedback)", scope)
                + " group by 1, 2, 3", "", scope, period)
                .param("answer", DailyAggregates.ANSWER).param("feedback", DailyAggregates.FEEDBACK)
                .query(rs -> {
                    histograms.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new TreeMap<>())
                            .put(rs.getInt(3), rs.getLong(4));
                });
        return scoped("""
                select a.partner_id, min(a.partner_type), sum(a.referrals),
                  sum(a.with_feedback) + coalesce(sum(a.referrals - a.with_feedback) filter (where a.due_at < :now), 0),
                  sum(a.on_time),
                  sum(a.late) + coalesce(sum(a.referrals - a.with_feedback) filter (where a.due_at < :now), 0)
                from """ + inPeriod("partner", PARTNER, "", scope) + " group by 1 order by 1", "", scope, period)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    UUID partner = rs.getObject(1, UUID.class);
                    return new PartnerTimes(partner, rs.getString(2), rs.getLong(3),
                            Histogram.spread(histograms.getOrDefault(partner + "/" + DailyAggregates.ANSWER,
                                    new TreeMap<>())),
                            Histogram.spread(histograms.getOrDefault(partner + "/" + DailyAggregates.FEEDBACK,
                                    new TreeMap<>())),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6));
                })
                .list();
    }

    /** Registrations per source and sub-region (the regional victims table; counting rule V1). */
    public Map<String, Long> registrations(Scope scope, Period period) {
        Map<String, Long> counts = new HashMap<>();
        scoped("""
                select a.code, coalesce(s.sub_region, ''), sum(a.amount) from """ + inPeriod("count", COUNT, BY_FIGURE,
                scope) + " " + """
                left join monitoring_sub_region s on s.municipality_id = a.municipality_id
                group by 1, 2""", DailyAggregates.REGISTRATION, scope, period)
                .query(rs -> {
                    counts.merge(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3), Long::sum);
                });
        return counts;
    }
}
