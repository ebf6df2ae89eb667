package nl.schakel.care.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.care.TrajectoryStatus;
import nl.schakel.retention.Due;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetainedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retention of victim care trajectories (issue 15): an ended trajectory is anonymised once its period, counted from
 * the end of the intervention (the day it was closed), has passed. What names the person goes — the label and the
 * link to the registry person (here and on the non-punishment flag), so the registry may delete that person; what
 * {@link TrajectoryFigures} and {@link ComenshaRecords} count stays (dates, municipality, age, residence status,
 * forms, needs, the B8 period, the case, the events' codes). Care seals nothing under a trajectory's own data key,
 * so there is no key to destroy. The lead coordinator is told ahead.
 */
@Component
class TrajectoryRetention implements RetainedRecords {

    /** What an anonymised trajectory shows where the person's label was (the label is required). */
    static final String ANONYMISED_LABEL = "—";

    private static final String ENDED_AT = """
            (select max(e.at) from trajectory_event e where e.trajectory_id = t.id and e.code = :closed)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    TrajectoryRetention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RecordType type() {
        return RecordType.TRAJECTORY;
    }

    @Override
    public List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("select t.id, t.lead_user_id, " + ENDED_AT + " ended_at from trajectory t where t.status = "
                        + ":closed and t.anonymised_at is null and " + ENDED_AT + " >= :from and " + ENDED_AT
                        + " < :before order by ended_at limit :limit")
                .param("closed", TrajectoryStatus.CLOSED.name()).param("from", rule.from(zone))
                .param("before", PolicyRule.before(lastSourceDate, zone)).param("limit", limit)
                .query((rs, n) -> Due.at(rs.getObject("id", UUID.class), rs.getObject("ended_at", OffsetDateTime.class),
                        zone, rs.getObject("lead_user_id", UUID.class))).list();
    }

    /** A move in the last 30 days (it was reopened and closed again) keeps it. */
    @Override
    public Optional<HoldReason> held(UUID id, LocalDate today) {
        int recent = jdbc.sql("select count(*) from trajectory_event where trajectory_id = ? and at > ?")
                .params(id, HoldReason.recentSince(today, clock.getZone())).query(Integer.class).single();
        return HoldReason.ifRecent(recent);
    }

    @Override
    public void anonymise(UUID id) {
        jdbc.sql("update non_punishment_flag set subject_id = null where trajectory_id = ?").param(id).update();
        jdbc.sql("""
                update trajectory set person_label = ?, subject_id = null, anonymised_at = coalesce(anonymised_at, ?)
                where id = ?""").params(ANONYMISED_LABEL, OffsetDateTime.now(clock), id).update();
    }

    /** The skeleton carries reported figures, so a trajectory is never deleted: deleting anonymises. */
    @Override
    public void delete(UUID id) {
        anonymise(id);
    }
}
