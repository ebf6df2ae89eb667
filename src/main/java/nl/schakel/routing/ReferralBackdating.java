package nl.schakel.routing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's past (issue 16): a referral sent some days ago whose feedback date has passed, so a newcomer
 * sees an overdue referral at once. A real referral can only be given a feedback date from today on
 * ({@code ReferralChecks}); only the demo seeder moves one back, right after sending it, and then lets
 * {@link ReferralReminders} notice it as it would any other.
 */
@Component
public class ReferralBackdating {

    private final JdbcClient jdbc;

    ReferralBackdating(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the referral's sending, its history, its feedback and its feedback date back by this many days. */
    @Transactional
    public void moveBack(ReferralId referral, int days) {
        jdbc.sql("""
                update referral set created_at = created_at - make_interval(days => :days),
                    updated_at = updated_at - make_interval(days => :days),
                    feedback_due = feedback_due - :days, due_at = due_at - make_interval(days => :days)
                where id = :id""")
                .param("days", days).param("id", referral.value()).update();
        jdbc.sql("update referral_event set occurred_at = occurred_at - make_interval(days => :days) "
                + "where referral_id = :id").param("days", days).param("id", referral.value()).update();
        jdbc.sql("update referral_feedback set given_at = given_at - make_interval(days => :days) "
                + "where referral_id = :id").param("days", days).param("id", referral.value()).update();
    }
}
