package nl.schakel.handling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.handling.ClosingOutcome;
import nl.schakel.retention.Due;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of signals (issue 15): handling owns when and how a signal ended, so it decides which signals are due
 * (closed under an outcome, counted from the day it was closed) and removes the officer's free text; the signal,
 * intake, stacking and attachments remove their own parts.
 */
@Component
class SignalRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignalRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.SIGNAL;
    }

    @Override
    public List<String> outcomes() {
        return Arrays.stream(ClosingOutcome.values()).map(Enum::name).toList();
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                select signal_id, closed_at, closed_by from signal_closure
                where outcome = ? and anonymised_at is null and closed_at >= ? and closed_at < ?
                order by closed_at limit ?""")
                .params(rule.outcome(), rule.from(zone), PolicyRule.before(lastSourceDate, zone), limit)
                .query((rs, n) -> Due.at(rs.getObject("signal_id", UUID.class),
                        rs.getObject("closed_at", OffsetDateTime.class), zone, rs.getObject("closed_by", UUID.class)))
                .list();
    }

    /** A step on the route in the last 30 days (a partner's answer, a note) keeps the signal (GlobaLeaks #3591). */
    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        OffsetDateTime since = HoldReason.recentSince(today, clock.getZone());
        int recent = jdbc.sql("select count(*) from signal_timeline where signal_id = ? and occurred_at > ?")
                .params(id, since).query(Integer.class).single();
        return HoldReason.ifRecent(recent);
    }

    @Override
    public void anonymise(UUID id) {
        jdbc.sql("delete from signal_note where signal_id = ?").param(id).update();
        jdbc.sql("update signal_enrichment set checked = '', finding = null where signal_id = ?").param(id).update();
        jdbc.sql("update signal_consultation set outcome = null where signal_id = ?").param(id).update();
        jdbc.sql("update signal_classification set reason = '' where signal_id = ?").param(id).update();
        jdbc.sql("""
                update signal_closure set outcome_note = null, not_informed_reason = null,
                    anonymised_at = coalesce(anonymised_at, ?) where signal_id = ?""")
                .params(OffsetDateTime.now(clock), id).update();
    }

    @Override
    public void delete(UUID id) {
        for (String table : List.of("signal_note", "signal_enrichment", "signal_consultation", "signal_classification",
                "signal_timeline", "signal_closure")) {
            jdbc.sql("delete from " + table + " where signal_id = ?").param(id).update();
        }
    }
}
