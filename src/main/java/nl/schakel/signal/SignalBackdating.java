package nl.schakel.signal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo region's past (issue 14): signals of last year, so the council report, which opens on last year, shows
 * something on first start. A real signal is received now; only the demo seeder moves one back, in the transaction
 * that received it, so monitoring's facts (read after the commit) see the moved moments.
 */
@Component
public class SignalBackdating {

    private final JdbcClient jdbc;

    SignalBackdating(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the signal's receipt and its route's steps back by this many days. */
    @Transactional
    public void moveBack(SignalId signal, int days) {
        jdbc.sql("update signal set received_at = received_at - make_interval(days => :days), "
                + "updated_at = updated_at - make_interval(days => :days) where id = :id")
                .param("days", days).param("id", signal.value()).update();
        jdbc.sql("update signal_event set occurred_at = occurred_at - make_interval(days => :days) "
                + "where signal_id = :id").param("days", days).param("id", signal.value()).update();
    }
}
