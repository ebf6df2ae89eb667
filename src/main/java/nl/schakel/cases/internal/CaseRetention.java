package nl.schakel.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseStatus;
import nl.schakel.retention.AppendOnlyPurge;
import nl.schakel.retention.Due;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of cases (issue 15): a closed case is anonymised once its period, counted from the day it was closed,
 * has passed. The free text goes (title, log texts, milestone titles, explanations); the skeleton that
 * {@link CaseFigures} counts stays — the case with its region and dates, its participants' organisations, its
 * interventions by type and status, its signals — so every reported figure stays the same. The lead is told ahead.
 */
@Component
class CaseRetention implements RetainedRecords {

    private static final String CLOSED_AT = """
            (select max(l.occurred_at) from case_log l where l.case_id = c.id and l.code = :closedCode)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.CASE;
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("select c.id, " + CLOSED_AT + " closed_at, (select p.person_id from case_participant p "
                        + "where p.case_id = c.id and p.role = :lead and p.ends_on is null) lead_id from case_file c "
                        + "where c.status = :closed and c.anonymised_at is null and " + CLOSED_AT + " >= :from and "
                        + CLOSED_AT + " < :before order by 2 limit :limit")
                .param("closedCode", "STATUS_" + CaseStatus.CLOSED.name()).param("closed", CaseStatus.CLOSED.name())
                .param("lead", ParticipantRole.LEAD.name()).param("from", rule.from(zone))
                .param("before", PolicyRule.before(lastSourceDate, zone)).param("limit", limit)
                .query((rs, n) -> Due.at(rs.getObject("id", UUID.class), rs.getObject("closed_at", OffsetDateTime.class),
                        zone, rs.getObject("lead_id", UUID.class))).list();
    }

    /** An objection still pending against one of its interventions, or an entry in the last 30 days, keeps it. */
    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        if (jdbc.sql("select count(*) from case_intervention where case_id = ? and objection_pending").param(id)
                .query(Integer.class).single() > 0) {
            return Optional.of(HoldReason.PENDING_OBJECTION);
        }
        int recent = jdbc.sql("select count(*) from case_log where case_id = ? and occurred_at > ?")
                .params(id, HoldReason.recentSince(today, clock.getZone())).query(Integer.class).single();
        return HoldReason.ifRecent(recent);
    }

    @Override
    public void anonymise(UUID id) {
        AppendOnlyPurge.run(jdbc, () -> jdbc.sql("update case_log set text = null where case_id = ? and text is not null")
                .param(id).update());
        jdbc.sql("update case_milestone set title = '' where case_id = ?").param(id).update();
        jdbc.sql("update case_intervention set explanation = null, end_reason = null where case_id = ?").param(id)
                .update();
        jdbc.sql("""
                update case_file set title = reference, anonymised_at = coalesce(anonymised_at, ?)
                where id = ?""").params(OffsetDateTime.now(clock), id).update();
    }

    /** A case is never deleted: its skeleton carries the reported figures. Deleting anonymises. */
    @Override
    public void delete(UUID id) {
        anonymise(id);
    }
}
