package nl.schakel.monitoring.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.handling.ClassificationLevel;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.signal.Channel;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps monitoring's daily aggregates (decision 0032) from its facts. A key is a region and a day in Dutch time;
 * every change of a signal or referral recomputes, in the same transaction, each key it touches (the signal's day
 * of receipt and its referrals' days of sending) from that key's facts, never by adding one: a replayed or late
 * event leaves the same rows. Recomputing a key is bounded by one day of one region.
 */
@Repository
class DailyAggregates {

    static final String SIGNAL = "SIGNAL";
    static final String CHANNEL_REPORTER = "CHANNEL_REPORTER";
    static final String ROUTED_PARTNER_TYPE = "ROUTED_PARTNER_TYPE";
    static final String REGISTRATION = "REGISTRATION";
    static final String TRIAGE = "TRIAGE";
    static final String ROUTING = "ROUTING";
    static final String ANSWER = "ANSWER";
    static final String FEEDBACK = "FEEDBACK";

    /** The levels that count as at least "possible" (counting rule F). */
    static final String[] POSSIBLE = {ClassificationLevel.POSSIBLE_TRAFFICKING.name(),
            ClassificationLevel.TRAFFICKING.name()};

    private static final List<String> TABLES = List.of("monitoring_daily_count", "monitoring_daily_histogram",
            "monitoring_daily_partner");

    /** One key: a region and a day. */
    record Key(UUID regionId, LocalDate day) {
    }

    private static final String DAY_OF_RECEIPT = "(f.received_at at time zone :zone)::date";
    private static final String DAY_OF_SENDING = "(r.sent_at at time zone :zone)::date";
    private static final String HOURS = "round(extract(epoch from (%s - %s)) / 3600)";

    private static final String COUNTS = """
            insert into monitoring_daily_count (region_id, day, municipality_id, figure, code, amount)
            select f.region_id, %1$s, f.municipality_id, x.figure, x.code, count(distinct f.signal_id)
            from monitoring_signal_fact f cross join lateral (
                select :signal, c.code from (values ('received', true), ('triaged', f.triaged_at is not null),
                    ('possible', f.classification = any(:possible)), ('routed', f.routed_at is not null),
                    ('routedFeedback', f.routed_at is not null and f.feedback_at is not null),
                    ('feedback', f.feedback_at is not null),
                    ('feedbackInformed', f.feedback_at is not null and f.informed_at is not null),
                    ('informed', f.informed_at is not null), ('anonymous', f.anonymous),
                    ('internal', f.channel = :internal)) as c(code, hit) where c.hit
                union all select :channelReporter, f.channel || '/' || f.reporter_type
                union all select :routedPartnerType, t.partner_type from (select distinct r.partner_type
                    from monitoring_referral_fact r where r.signal_id = f.signal_id and r.status <> :revoked) t
                union all select :registration, case
                    when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                 and r.partner_type = :police and r.status <> :revoked) then :sourcePolice
                    when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                 and r.partner_type = :care and r.status <> :revoked) then :sourceCare
                    when exists (select 1 from monitoring_referral_fact r where r.signal_id = f.signal_id
                                 and r.status <> :revoked) then :sourceOther
                    else :sourceNone end where f.classification = any(:possible)
                %2$s) as x(figure, code)
            where %3$s
            group by 1, 2, 3, 4, 5""";

    private static final String SIGNAL_HISTOGRAMS = """
            insert into monitoring_daily_histogram (region_id, day, municipality_id, figure, partner_id, hours, amount)
            select f.region_id, %1$s, f.municipality_id, h.figure, null, h.hours, count(*)
            from monitoring_signal_fact f cross join lateral (values (:triage, %2$s), (:routing, %3$s)) as h(figure, hours)
            where h.hours is not null and %4$s
            group by 1, 2, 3, 4, 6""";

    private static final String REFERRAL_HISTOGRAMS = """
            insert into monitoring_daily_histogram (region_id, day, municipality_id, figure, partner_id, hours, amount)
            select f.region_id, %1$s, f.municipality_id, h.figure, r.partner_organisation_id, h.hours, count(*)
            from monitoring_referral_fact r join monitoring_signal_fact f on f.signal_id = r.signal_id
            cross join lateral (values (:answer, %2$s), (:feedback, %3$s)) as h(figure, hours)
            where h.hours is not null and r.status <> all(:excluded) and %4$s
            group by 1, 2, 3, 4, 5, 6""";

    private static final String PARTNERS = """
            insert into monitoring_daily_partner (region_id, day, municipality_id, partner_id, partner_type, due_at,
                referrals, with_feedback, on_time, late)
            select f.region_id, %1$s, f.municipality_id, r.partner_organisation_id, r.partner_type, r.due_at, count(*),
                   count(*) filter (where r.feedback_at is not null),
                   count(*) filter (where r.feedback_at <= r.due_at),
                   count(*) filter (where r.feedback_at > r.due_at)
            from monitoring_referral_fact r join monitoring_signal_fact f on f.signal_id = r.signal_id
            where r.status <> all(:excluded) and %2$s
            group by 1, 2, 3, 4, 5, 6""";

    private static final String SIGNALS_OF_KEY =
            "f.region_id = :region and f.received_at >= :from and f.received_at < :until";
    private static final String REFERRALS_OF_KEY =
            "f.region_id = :region and r.sent_at >= :from and r.sent_at < :until";

    private final JdbcClient jdbc;
    private final MonthlyAggregates monthly;

    DailyAggregates(JdbcClient jdbc, MonthlyAggregates monthly) {
        this.jdbc = jdbc;
        this.monthly = monthly;
    }

    /** Recomputes every key the signal touches: its day of receipt and its referrals' days of sending. */
    @Transactional
    public void recompute(SignalId signal) {
        List<Key> keys = keysOf(signal);
        keys.forEach(this::recomputeDay);
        // Months and weeks after all days, in order: every transaction takes its locks in the same order.
        monthly.recompute(keys);
    }

    List<Key> keysOf(SignalId signal) {
        return jdbc.sql("""
                select f.region_id, %s from monitoring_signal_fact f where f.signal_id = :id
                union
                select f.region_id, %s from monitoring_referral_fact r
                join monitoring_signal_fact f on f.signal_id = r.signal_id where r.signal_id = :id
                order by 1, 2""".formatted(DAY_OF_RECEIPT, DAY_OF_SENDING))
                .param("id", signal.value()).param("zone", FigureQueries.AMSTERDAM.getId())
                .query((rs, n) -> new Key(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list();
    }

    /** Recomputes one key from its facts, after taking the key's lock so that concurrent recomputes queue. */
    @Transactional
    public void recompute(Key key) {
        recomputeDay(key);
        monthly.recompute(List.of(key));
    }

    private void recomputeDay(Key key) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 32))")
                .param("key", key.regionId() + "/" + key.day()).query(Integer.class).single();
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where region_id = :region and day = :day")
                    .param("region", key.regionId()).param("day", key.day()).update();
        }
        write(SIGNALS_OF_KEY, REFERRALS_OF_KEY, key);
    }

    /**
     * Recomputes every aggregate from all facts (the rebuild command). The lock waits for recomputes under way
     * and holds new ones back until this commits (they then recompute their key again), so none is lost or doubled.
     */
    @Transactional
    public void rebuild() {
        jdbc.sql("lock table " + String.join(", ", TABLES) + ", " + String.join(", ", MonthlyAggregates.TABLES)
                + " in exclusive mode").update();
        for (String table : TABLES) {
            jdbc.sql("delete from " + table).update();
        }
        write("true", "true", null);
        monthly.rebuild();
    }

    private void write(String signals, String referrals, @Nullable Key key) {
        String cuts = Arrays.stream(Cut.values())
                .map(c -> "union all select '" + c.name() + "', codes.code from (" + c.codes + ") as codes(code)")
                .collect(Collectors.joining("\n"));
        bind(COUNTS.formatted(DAY_OF_RECEIPT, cuts, signals), key).update();
        bind(SIGNAL_HISTOGRAMS.formatted(DAY_OF_RECEIPT, HOURS.formatted("f.triaged_at", "f.received_at"),
                HOURS.formatted("f.routed_at", "f.received_at"), signals), key).update();
        bind(REFERRAL_HISTOGRAMS.formatted(DAY_OF_SENDING, HOURS.formatted("r.answered_at", "r.sent_at"),
                HOURS.formatted("r.feedback_at", "r.sent_at"), referrals), key).update();
        bind(PARTNERS.formatted(DAY_OF_SENDING, referrals), key).update();
    }

    /** Binds the codes the statements use (extra names are ignored), and the key's bounds when there is one. */
    private JdbcClient.StatementSpec bind(String sql, @Nullable Key key) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("zone", FigureQueries.AMSTERDAM.getId())
                .param("signal", SIGNAL).param("channelReporter", CHANNEL_REPORTER)
                .param("routedPartnerType", ROUTED_PARTNER_TYPE).param("registration", REGISTRATION)
                .param("triage", TRIAGE).param("routing", ROUTING).param("answer", ANSWER).param("feedback", FEEDBACK)
                .param("possible", POSSIBLE).param("internal", Channel.INTERNAL.name())
                .param("revoked", ReferralStatus.REVOKED.name()).param("police", OrganisationType.POLICE.name())
                .param("care", OrganisationType.CARE_COORDINATION.name())
                .param("excluded", new String[] {ReferralStatus.REVOKED.name(), ReferralStatus.DECLINED.name()})
                .param("sourcePolice", RegistrationSource.POLICE.name())
                .param("sourceCare", RegistrationSource.CARE_COORDINATORS.name())
                .param("sourceOther", RegistrationSource.OTHER.name())
                .param("sourceNone", RegistrationSource.NOT_REGISTERED.name())
                .param("unclassified", Cut.UNCLASSIFIED);
        if (key != null) {
            spec = spec.param("region", key.regionId())
                    .param("from", Timestamp.from(key.day().atStartOfDay(FigureQueries.AMSTERDAM).toInstant()))
                    .param("until", Timestamp.from(key.day().plusDays(1).atStartOfDay(FigureQueries.AMSTERDAM)
                            .toInstant()));
        }
        return spec;
    }
}
