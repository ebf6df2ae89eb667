package nl.schakel.care.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.schakel.care.ResidenceStatus;
import nl.schakel.cases.CaseSignals;
import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.TrajectoryRecord;
import nl.schakel.monitoring.TrajectoryRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care's trajectories for the anonymised CoMensha-style export (decision 0033): started in the period, in the
 * area's municipalities; codes only (never the person label), with the signals of the trajectory's case.
 */
@Component
class ComenshaRecords implements TrajectoryRecords {

    private final JdbcClient jdbc;
    private final CaseSignals caseSignals;

    ComenshaRecords(JdbcClient jdbc, CaseSignals caseSignals) {
        this.jdbc = jdbc;
        this.caseSignals = caseSignals;
    }

    private record Line(UUID id, int year, UUID municipality, @Nullable Integer age, String residence,
            Set<String> forms, boolean b8, @Nullable UUID caseId) {
    }

    @Override
    public List<TrajectoryRecord> started(Area area, Period period) {
        List<Line> lines = jdbc.sql("""
                select t.id, extract(year from t.created_at at time zone 'Europe/Amsterdam')::int, t.municipality_id,
                       t.age, t.residence_status, t.exploitation_forms,
                       exists (select 1 from b8_period b where b.trajectory_id = t.id), t.case_id
                from trajectory t where t.region_id = :region and (:whole or t.municipality_id in (:municipalities))
                and t.created_at >= :from and t.created_at < :until order by t.created_at""")
                .params(area.parameters()).param("from", period.start()).param("until", period.end())
                .query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, Integer.class), rs.getString(5), forms(rs.getArray(6)), rs.getBoolean(7),
                        rs.getObject(8, UUID.class)))
                .list();
        Map<UUID, List<UUID>> signals = caseSignals.of(lines.stream().map(Line::caseId).filter(Objects::nonNull)
                .toList());
        return lines.stream().map(l -> new TrajectoryRecord(l.id(), l.year(), l.municipality(), l.age(),
                dutch(ResidenceStatus.valueOf(l.residence())), l.forms(), l.b8(),
                l.caseId() == null ? List.of() : signals.getOrDefault(l.caseId(), List.of()))).toList();
    }

    private static @Nullable Boolean dutch(ResidenceStatus status) {
        return switch (status) {
            case DUTCH_OR_EU -> true;
            case UNKNOWN -> null;
            default -> false;
        };
    }

    private static Set<String> forms(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
