package nl.schakel.care;

import java.util.List;
import java.util.UUID;

import nl.schakel.monitoring.Area;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which trajectories belong to an area (their municipality of responsibility), for a module that counts what
 * hangs on trajectories (shelter's placements) in a municipality's or sub-region's report. Only identifiers.
 */
@Component
public class TrajectoryAreas {

    private final JdbcClient jdbc;

    TrajectoryAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The trajectories of the area's municipalities; all of the region's when the area is the whole region. */
    public List<UUID> in(Area area) {
        return jdbc.sql("select id from trajectory where region_id = :region and (:whole or municipality_id in "
                + "(:municipalities))").params(area.parameters()).query(UUID.class).list();
    }
}
