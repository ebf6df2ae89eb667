package nl.schakel.retention;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way past an append-only trigger for retention: the owner's trigger lets a change through only while the
 * transaction's setting {@code schakel.retention_purge} is {@code on} (cases V39_2, shelter V39_0); it is on for
 * exactly the statement given here, in the caller's transaction.
 */
public final class AppendOnlyPurge {

    private AppendOnlyPurge() {
    }

    public static void run(JdbcClient jdbc, Runnable change) {
        jdbc.sql("select set_config('schakel.retention_purge', 'on', true)").query(String.class).single();
        change.run();
        // No finally: after a failed statement the transaction is aborted and rolls back with its local setting.
        jdbc.sql("select set_config('schakel.retention_purge', 'off', true)").query(String.class).single();
    }
}
