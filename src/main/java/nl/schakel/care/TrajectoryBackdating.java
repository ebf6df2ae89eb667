package nl.schakel.care;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's past (issue 14): a trajectory of last year, so T5 of the council report, which opens on last
 * year, shows something on first start. A real trajectory starts now; only the demo seeder moves one back, right
 * after starting it (a B8 period is given its own start date when it is started).
 */
@Component
public class TrajectoryBackdating {

    private final JdbcClient jdbc;

    TrajectoryBackdating(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the trajectory's start and its history back by this many days. */
    @Transactional
    public void moveBack(TrajectoryId id, int days) {
        jdbc.sql("update trajectory set created_at = created_at - make_interval(days => :days), "
                + "updated_at = updated_at - make_interval(days => :days) where id = :id")
                .param("days", days).param("id", id.value()).update();
        jdbc.sql("update trajectory_event set at = at - make_interval(days => :days) where trajectory_id = :id")
                .param("days", days).param("id", id.value()).update();
    }
}
