package nl.schakel.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counting rules as SQL over monitoring's own facts (docs/counting-rules.md). Every query is bounded by the
 * region (and municipality or sub-region) and the period, on indexed columns; none reads another module's tables.
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

    private static final String SCOPE = " " + """
            f.region_id = :region and f.received_at >= :from and f.received_at < :until
            and (cast(:municipality as uuid) is null or f.municipality_id = :municipality)
            and (cast(:subRegion as text) is null or f.municipality_id in
                 (select s.municipality_id from monitoring_sub_region s where s.sub_region = :subRegion))""";

    private JdbcClient.StatementSpec scoped(String sql, Scope scope, Period period) {
        return jdbc.sql(sql).param("region", scope.regionId()).param("municipality", scope.municipalityId())
                .param("subRegion", scope.subRegion() == null ? null : scope.subRegion().name())
                .param("from", Timestamp.from(period.from().atStartOfDay(AMSTERDAM).toInstant()))
                .param("until", Timestamp.from(period.until().plusDays(1).atStartOfDay(AMSTERDAM).toInstant()));
    }

    public Funnel funnel(Scope scope, Period period) {
        return scoped("""
                select count(*),
                       count(*) filter (where triaged_at is not null),
                       count(*) filter (where classification in ('POSSIBLE_TRAFFICKING', 'TRAFFICKING')),
                       count(*) filter (where routed_at is not null),
                       count(*) filter (where routed_at is not null and feedback_at is not null),
                       count(*) filter (where feedback_at is not null and informed_at is not null)
                from monitoring_signal_fact f where """ + SCOPE, scope, period)
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /** Unique signals, anonymous ones, those through the internal form, and those whose reporter was informed. */
    public Map<String, Long> totals(Scope scope, Period period) {
        return scoped("""
                select count(*) as received, count(*) filter (where anonymous) as anonymous,
                       count(*) filter (where channel = 'INTERNAL') as internal,
                       count(*) filter (where routed_at is not null) as routed,
                       count(*) filter (where feedback_at is not null) as feedback,
                       count(*) filter (where informed_at is not null) as informed
                from monitoring_signal_fact f where """ + SCOPE, scope, period)
                .query(rs -> {
                    rs.next();
                    Map<String, Long> totals = new HashMap<>();
                    for (String column : List.of("received", "anonymous", "internal", "routed", "feedback",
                            "informed")) {
                        totals.put(column, rs.getLong(column));
                    }
                    return totals;
                });
    }

    /** Signals per value of one cut; {@code cut} is one of the fixed expressions of {@link Cut}. */
    public Map<String, Long> countBy(Cut cut, Scope scope, Period period) {
        Map<String, Long> counts = new HashMap<>();
        scoped("select " + cut.expression + " as code, count(distinct f.signal_id) from monitoring_signal_fact f "
                + cut.join + " where " + SCOPE + " group by 1", scope, period)
                .query(rs -> {
                    String code = rs.getString(1);
                    counts.put(code == null ? "" : code, rs.getLong(2));
                });
        return counts;
    }

    /** Signals per channel and reporter type (T3). */
    public Map<String, Long> channelByReporterType(Scope scope, Period period) {
        Map<String, Long> counts = new HashMap<>();
        scoped("select channel, reporter_type, count(*) from monitoring_signal_fact f where " + SCOPE
                + " group by 1, 2", scope, period)
                .query(rs -> {
                    counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        return counts;
    }

    /** Routed signals per partner type (T1): a signal routed to two police units counts once for the police. */
    public Map<String, Long> routedByPartnerType(Scope scope, Period period) {
        Map<String, Long> counts = new HashMap<>();
        scoped("select r.partner_type, count(distinct r.signal_id) from monitoring_referral_fact r "
                + "join monitoring_signal_fact f on f.signal_id = r.signal_id where r.status <> 'REVOKED' and "
                + SCOPE + " group by 1", scope, period)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public Spread receiptToTriage(Scope scope, Period period) {
        return spread("triaged_at - received_at", "triaged_at is not null", scope, period);
    }

    public Spread receiptToRouting(Scope scope, Period period) {
        return spread("routed_at - received_at", "routed_at is not null", scope, period);
    }

    private Spread spread(String interval, String condition, Scope scope, Period period) {
        String days = "extract(epoch from (" + interval + ")) / 86400.0";
        return scoped("select percentile_cont(0.5) within group (order by " + days + "), "
                + "percentile_cont(0.9) within group (order by " + days + "), count(*) "
                + "from monitoring_signal_fact f where " + condition + " and " + SCOPE, scope, period)
                .query((rs, n) -> new Spread(rs.getObject(1, Double.class), rs.getObject(2, Double.class),
                        rs.getLong(3)))
                .single();
    }

    /**
     * Referrals sent in the period (of signals in scope), per partner. A referral is due once its due moment has
     * passed or feedback came; on time when feedback came by the due moment; overdue when it came later or not yet.
     */
    public List<PartnerTimes> partnerTimes(Scope scope, Period period) {
        String answer = "extract(epoch from (r.answered_at - r.sent_at)) / 86400.0";
        String feedback = "extract(epoch from (r.feedback_at - r.sent_at)) / 86400.0";
        String sql = """
                select r.partner_organisation_id, min(r.partner_type), count(*),
                  percentile_cont(0.5) within group (order by %1$s) filter (where r.answered_at is not null),
                  percentile_cont(0.9) within group (order by %1$s) filter (where r.answered_at is not null),
                  count(*) filter (where r.answered_at is not null),
                  percentile_cont(0.5) within group (order by %2$s) filter (where r.feedback_at is not null),
                  percentile_cont(0.9) within group (order by %2$s) filter (where r.feedback_at is not null),
                  count(*) filter (where r.feedback_at is not null),
                  count(*) filter (where r.feedback_at is not null or r.due_at < :now),
                  count(*) filter (where r.feedback_at is not null and r.feedback_at <= r.due_at),
                  count(*) filter (where r.feedback_at > r.due_at or (r.feedback_at is null and r.due_at < :now))
                from monitoring_referral_fact r join monitoring_signal_fact f on f.signal_id = r.signal_id
                where r.status not in ('REVOKED', 'DECLINED') and r.sent_at >= :from and r.sent_at < :until
                  and f.region_id = :region
                  and (cast(:municipality as uuid) is null or f.municipality_id = :municipality)
                  and (cast(:subRegion as text) is null or f.municipality_id in
                       (select s.municipality_id from monitoring_sub_region s where s.sub_region = :subRegion))
                group by 1 order by 1""".formatted(answer, feedback);
        return scoped(sql, scope, period).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new PartnerTimes(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        new Spread(rs.getObject(4, Double.class), rs.getObject(5, Double.class), rs.getLong(6)),
                        new Spread(rs.getObject(7, Double.class), rs.getObject(8, Double.class), rs.getLong(9)),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12)))
                .list();
    }

    /** Registrations per source and sub-region (the regional victims table; counting rule V1). */
    public Map<String, Long> registrations(Scope scope, Period period) {
        Map<String, Long> counts = new HashMap<>();
        scoped("""
                select case when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                         and r.partner_type = 'POLICE' and r.status <> 'REVOKED') then 'POLICE'
                            when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                         and r.partner_type = 'CARE_COORDINATION' and r.status <> 'REVOKED')
                                 then 'CARE_COORDINATORS'
                            when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                         and r.status <> 'REVOKED') then 'OTHER'
                            else 'NOT_REGISTERED' end as source,
                       coalesce(s.sub_region, '') as sub_region, count(*)
                from monitoring_signal_fact f left join monitoring_sub_region s on s.municipality_id = f.municipality_id
                where f.classification in ('POSSIBLE_TRAFFICKING', 'TRAFFICKING') and """ + SCOPE
                + " group by 1, 2", scope, period)
                .query(rs -> {
                    counts.merge(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3), Long::sum);
                });
        return counts;
    }
}
