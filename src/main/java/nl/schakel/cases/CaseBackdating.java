package nl.schakel.cases;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's past (issue 14): a case of last year, so T4 of the council report, which opens on last year,
 * shows something on first start. A real case is opened now; only the demo seeder moves one back, right after
 * making it.
 */
@Component
public class CaseBackdating {

    private final JdbcClient jdbc;

    CaseBackdating(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the case's opening, its team, signals, interventions and milestones back by this many days. The case log
     * is append-only and keeps the moments the seeder wrote it.
     */
    @Transactional
    public void moveBack(CaseId id, int days) {
        jdbc.sql("update case_file set created_at = created_at - make_interval(days => :days), "
                + "updated_at = updated_at - make_interval(days => :days) where id = :id")
                .param("days", days).param("id", id.value()).update();
        jdbc.sql("update case_participant set starts_on = starts_on - :days where case_id = :id")
                .param("days", days).param("id", id.value()).update();
        jdbc.sql("update case_signal set added_at = added_at - make_interval(days => :days) where case_id = :id")
                .param("days", days).param("id", id.value()).update();
        jdbc.sql("update case_intervention set created_at = created_at - make_interval(days => :days) "
                + "where case_id = :id").param("days", days).param("id", id.value()).update();
        jdbc.sql("update case_milestone set created_at = created_at - make_interval(days => :days), "
                + "due_on = due_on - :days where case_id = :id").param("days", days).param("id", id.value()).update();
    }
}
