package nl.schakel.care.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.care.NonPunishment;
import nl.schakel.care.OffenceType;
import nl.schakel.care.TrajectoryId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The non-punishment flags of trajectories' persons. */
@Component
public class NonPunishmentStore {

    private final JdbcClient jdbc;

    NonPunishmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(TrajectoryId id, @Nullable UUID subjectId, OffenceType offence, boolean omInformed,
            boolean tmmInformed, UUID userId, Instant now) {
        jdbc.sql("""
                insert into non_punishment_flag (trajectory_id, subject_id, offence_type, om_informed, tmm_informed,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (trajectory_id) do update set offence_type = excluded.offence_type,
                    om_informed = excluded.om_informed, tmm_informed = excluded.tmm_informed,
                    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .params(id.value(), subjectId, offence.name(), omInformed, tmmInformed, userId,
                        TrajectoryStore.utc(now))
                .update();
    }

    public Optional<NonPunishment> find(TrajectoryId id) {
        return jdbc.sql("""
                select offence_type, om_informed, tmm_informed, recorded_at from non_punishment_flag
                where trajectory_id = ?""")
                .param(id.value())
                .query(NonPunishmentStore::flag)
                .optional();
    }

    /** The flags on any of these registry persons, within the region. */
    public List<NonPunishment> forSubjects(UUID regionId, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.offence_type, f.om_informed, f.tmm_informed, f.recorded_at from non_punishment_flag f
                join trajectory t on t.id = f.trajectory_id
                where t.region_id = :region and f.subject_id in (:subjects) order by f.recorded_at""")
                .param("region", regionId).param("subjects", subjectIds)
                .query(NonPunishmentStore::flag)
                .list();
    }

    private static NonPunishment flag(ResultSet rs, int row) throws SQLException {
        return new NonPunishment(OffenceType.valueOf(rs.getString("offence_type")), rs.getBoolean("om_informed"),
                rs.getBoolean("tmm_informed"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
