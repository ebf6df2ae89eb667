package nl.schakel.shelter;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's past (issue 14): placements of last year, so T5 of the council report, which opens on last
 * year, shows something on first start. A real request is made now; only the demo seeder moves one back, right
 * after making it.
 */
@Component
public class PlacementBackdating {

    private final JdbcClient jdbc;

    PlacementBackdating(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the placement request and its history back by this many days. */
    @Transactional
    public void moveBack(UUID request, int days) {
        jdbc.sql("update placement_request set created_at = created_at - make_interval(days => :days), "
                + "updated_at = updated_at - make_interval(days => :days) where id = :id")
                .param("days", days).param("id", request).update();
        jdbc.sql("update placement_event set at = at - make_interval(days => :days) where request_id = :id")
                .param("days", days).param("id", request).update();
    }
}
