package nl.schakel.shelter.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.care.TrajectoryAreas;
import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportContributions;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.PlacementStatus;
import nl.schakel.shelter.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shelter's counts for T5 (decision 0033): placements made in the period per kind of place, and requests to a
 * service whose intake runs through Nidos. In a municipality's or sub-region's report only requests for its
 * trajectories count. Person counts, never identifiers.
 */
@Component
class PlacementFigures implements ReportContributions {

    private static final String IN_AREA = " r.region_id = :region and (:whole or r.trajectory_ref in (:trajectories)) ";
    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final TrajectoryAreas trajectories;

    PlacementFigures(JdbcClient jdbc, TrajectoryAreas trajectories) {
        this.jdbc = jdbc;
        this.trajectories = trajectories;
    }

    @Override
    public List<ReportRow> rows(ReportTable table, Area area, Period period) {
        if (table != ReportTable.VICTIMS) {
            return List.of();
        }
        List<UUID> inArea = area.whole() ? List.of(NONE) : trajectories.in(area);
        Map<String, Long> placed = new HashMap<>();
        bound("""
                select s.kind, count(distinct r.id) from placement_request r
                join care_service s on s.id = r.service_id
                join placement_event e on e.request_id = r.id and e.status = :placed and e.at >= :from and e.at < :until
                where""" + IN_AREA + "group by s.kind", area, inArea, period)
                .param("placed", PlacementStatus.PLACED.name())
                .query(rs -> {
                    placed.put(rs.getString(1), rs.getLong(2));
                });
        List<ReportRow> rows = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            if (kind.isPlacement()) {
                rows.add(new ReportRow("PLACED_" + kind.name(), "shelter.figures.PLACED." + kind.name(), null,
                        placed.getOrDefault(kind.name(), 0L), true));
            }
        }
        long nidos = bound("select count(*) from placement_request r join care_service s on s.id = r.service_id "
                + "where s.intake_route = :nidos and r.created_at >= :from and r.created_at < :until and" + IN_AREA,
                area, inArea, period).param("nidos", IntakeRoute.NIDOS.name()).query(Long.class).single();
        rows.add(new ReportRow("NIDOS_REFERRALS", "shelter.figures.NIDOS_REFERRALS", null, nidos, true));
        return rows;
    }

    private JdbcClient.StatementSpec bound(String sql, Area area, List<UUID> inArea, Period period) {
        return jdbc.sql(sql).param("region", area.regionId()).param("whole", area.whole())
                .param("trajectories", inArea.isEmpty() ? List.of(NONE) : inArea)
                .param("from", period.start()).param("until", period.end());
    }
}
