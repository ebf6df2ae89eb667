package nl.schakel.monitoring.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.internal.FigureQueries.Funnel;
import nl.schakel.monitoring.internal.FigureQueries.PartnerTimes;
import nl.schakel.monitoring.internal.FigureQueries.Spread;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures straight from the facts, as monitoring computed them before its daily aggregates (the SQL of
 * decision 0028), waiting times in whole hours as the aggregates keep them: the reference the aggregates must equal.
 */
record FactFigures(JdbcClient jdbc, Scope scope, Period period) {

    private static final String SCOPE = " " + """
            f.region_id = :region and f.received_at >= :from and f.received_at < :until
            and (cast(:municipality as uuid) is null or f.municipality_id = :municipality)""";

    private static final Map<Cut, String[]> CUTS = Map.of(
            Cut.FORM, new String[] {"m.form", "join monitoring_signal_form m on m.signal_id = f.signal_id"},
            Cut.CHANNEL, new String[] {"f.channel", ""},
            Cut.REPORTER_TYPE, new String[] {"f.reporter_type", ""},
            Cut.MUNICIPALITY, new String[] {"coalesce(cast(f.municipality_id as text), '')", ""},
            Cut.AGE_BAND, new String[] {"f.age_band", ""},
            Cut.SEX, new String[] {"f.sex", ""},
            Cut.VULNERABILITY, new String[] {"v.code", "cross join lateral unnest(f.vulnerabilities) as v(code)"},
            Cut.CLASSIFICATION, new String[] {"coalesce(f.classification, 'NONE')", ""});

    private JdbcClient.StatementSpec scoped(String sql) {
        return jdbc.sql(sql).param("region", scope.regionId()).param("municipality", scope.municipalityId())
                .param("from", Timestamp.from(period.from().atStartOfDay(FigureQueries.AMSTERDAM).toInstant()))
                .param("until", Timestamp.from(period.until().plusDays(1).atStartOfDay(FigureQueries.AMSTERDAM)
                        .toInstant()));
    }

    Funnel funnel() {
        return scoped("""
                select count(*), count(*) filter (where triaged_at is not null),
                       count(*) filter (where classification in ('POSSIBLE_TRAFFICKING', 'TRAFFICKING')),
                       count(*) filter (where routed_at is not null),
                       count(*) filter (where routed_at is not null and feedback_at is not null),
                       count(*) filter (where feedback_at is not null and informed_at is not null)
                from monitoring_signal_fact f where """ + SCOPE)
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).single();
    }

    Map<String, Long> totals() {
        return scoped("""
                select count(*) as received, count(*) filter (where anonymous) as anonymous,
                       count(*) filter (where channel = 'INTERNAL') as internal,
                       count(*) filter (where routed_at is not null) as routed,
                       count(*) filter (where feedback_at is not null) as feedback,
                       count(*) filter (where informed_at is not null) as informed
                from monitoring_signal_fact f where """ + SCOPE)
                .query(rs -> {
                    rs.next();
                    Map<String, Long> totals = new HashMap<>();
                    for (String c : List.of("received", "anonymous", "internal", "routed", "feedback", "informed")) {
                        totals.put(c, rs.getLong(c));
                    }
                    return totals;
                });
    }

    Map<String, Long> countBy(Cut cut) {
        String[] sql = CUTS.get(cut);
        return counts("select " + sql[0] + ", count(distinct f.signal_id) from monitoring_signal_fact f " + sql[1]
                + " where " + SCOPE + " group by 1");
    }

    Map<String, Long> channelByReporterType() {
        return counts("select channel || '/' || reporter_type, count(*) from monitoring_signal_fact f where " + SCOPE
                + " group by 1");
    }

    Map<String, Long> routedByPartnerType() {
        return counts("select r.partner_type, count(distinct r.signal_id) from monitoring_referral_fact r "
                + "join monitoring_signal_fact f on f.signal_id = r.signal_id where r.status <> 'REVOKED' and "
                + SCOPE + " group by 1");
    }

    Map<String, Long> registrations() {
        return counts("""
                select case when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                         and r.partner_type = 'POLICE' and r.status <> 'REVOKED') then 'POLICE'
                            when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                         and r.partner_type = 'CARE_COORDINATION' and r.status <> 'REVOKED')
                                 then 'CARE_COORDINATORS'
                            when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                         and r.status <> 'REVOKED') then 'OTHER'
                            else 'NOT_REGISTERED' end || '/' || coalesce(s.sub_region, ''), count(*)
                from monitoring_signal_fact f left join monitoring_sub_region s on s.municipality_id = f.municipality_id
                where f.classification in ('POSSIBLE_TRAFFICKING', 'TRAFFICKING') and """ + SCOPE + " group by 1");
    }

    /** Receipt to the given moment, in whole hours, as days. */
    Spread spread(String moment) {
        String days = "cast(round(extract(epoch from (" + moment + " - received_at)) / 3600) as double precision) / 24";
        return scoped("select percentile_cont(0.5) within group (order by " + days + "), percentile_cont(0.9) "
                + "within group (order by " + days + "), count(*) from monitoring_signal_fact f where " + moment
                + " is not null and " + SCOPE)
                .query((rs, n) -> new Spread(rs.getObject(1, Double.class), rs.getObject(2, Double.class),
                        rs.getLong(3))).single();
    }

    List<PartnerTimes> partnerTimes(Timestamp now) {
        String answer = "cast(round(extract(epoch from (r.answered_at - r.sent_at)) / 3600) as double precision) / 24";
        String feedback = "cast(round(extract(epoch from (r.feedback_at - r.sent_at)) / 3600) as double precision) / 24";
        return scoped("""
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
                group by 1 order by 1""".formatted(answer, feedback)).param("now", now)
                .query((rs, n) -> new PartnerTimes(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        new Spread(rs.getObject(4, Double.class), rs.getObject(5, Double.class), rs.getLong(6)),
                        new Spread(rs.getObject(7, Double.class), rs.getObject(8, Double.class), rs.getLong(9)),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12)))
                .list();
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new HashMap<>();
        scoped(sql).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
