package nl.schakel.care.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.care.B8Decision;
import nl.schakel.care.B8Notice;
import nl.schakel.care.B8Period;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The B8 periods and the notices sent about them. */
@Component
public class B8Store {

    private final JdbcClient jdbc;

    B8Store(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open period of a trajectory, with the organisation that leads it, for the B8 job. */
    public record Running(TrajectoryId trajectoryId, UUID leadOrganisationId, B8Period period) {
    }

    public Optional<B8Period> find(TrajectoryId id) {
        return jdbc.sql("select start_date, end_date, decision, placement_id from b8_period where trajectory_id = ?")
                .param(id.value())
                .query((rs, n) -> new B8Period(rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), B8Decision.valueOf(rs.getString("decision")),
                        rs.getObject("placement_id", UUID.class)))
                .optional();
    }

    /** Starts the period; false when the trajectory already has one. */
    public boolean start(TrajectoryId id, B8Period period, Instant now) {
        return jdbc.sql("""
                insert into b8_period (trajectory_id, start_date, end_date, decision, placement_id, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id.value(), period.start(), period.end(), period.decision().name(), period.placementId(),
                        TrajectoryStore.utc(now))
                .update() == 1;
    }

    public boolean decide(TrajectoryId id, B8Decision decision, @Nullable UUID placementId, Instant now) {
        return jdbc.sql("""
                update b8_period set decision = ?, placement_id = coalesce(?, placement_id),
                    decided_at = case when ? then cast(? as timestamptz) end, updated_at = ?
                where trajectory_id = ?""")
                .params(decision.name(), placementId, decision.decided(), TrajectoryStore.utc(now),
                        TrajectoryStore.utc(now), id.value())
                .update() == 1;
    }

    /** The undecided periods of trajectories that are not closed, whose first notice is due by {@code today}. */
    public List<Running> undecided(LocalDate today) {
        return jdbc.sql("""
                select b.trajectory_id, t.lead_organisation_id, b.start_date, b.end_date, b.decision, b.placement_id
                from b8_period b join trajectory t on t.id = b.trajectory_id
                where b.decision = ? and t.status <> ? and b.end_date - 14 <= ?""")
                .params(B8Decision.PENDING.name(), TrajectoryStatus.CLOSED.name(), today)
                .query((rs, n) -> new Running(new TrajectoryId(rs.getObject("trajectory_id", UUID.class)),
                        rs.getObject("lead_organisation_id", UUID.class),
                        new B8Period(rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                                B8Decision.valueOf(rs.getString("decision")), rs.getObject("placement_id", UUID.class))))
                .list();
    }

    /** Claims a notice: true for the one caller that records it first, so each notice goes out once. */
    public boolean claim(TrajectoryId id, B8Notice notice, LocalDate end, Instant now) {
        return jdbc.sql("""
                insert into b8_notice (trajectory_id, notice, end_date, sent_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(id.value(), notice.name(), end, TrajectoryStore.utc(now)).update() == 1;
    }

    public List<B8Notice> sent(TrajectoryId id) {
        return jdbc.sql("select notice from b8_notice where trajectory_id = ? order by sent_at")
                .param(id.value()).query((rs, n) -> B8Notice.valueOf(rs.getString("notice"))).list();
    }
}
