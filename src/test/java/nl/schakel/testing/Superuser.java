package nl.schakel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded cluster's superuser on Schakel's database, for tests that act as an attacker with full database
 * rights. The one place that knows how to reach it (adapt here when the embedded database gets passwords).
 */
public final class Superuser {

    private Superuser() {
    }

    public static JdbcTemplate on(EmbeddedPostgres postgres) {
        return new JdbcTemplate(postgres.getDatabase("postgres", "schakel"));
    }

    /** Runs statements as superuser with triggers switched off for the session, as an attacker would. */
    public static void bypassingTriggers(EmbeddedPostgres postgres, String statements) {
        on(postgres).execute("set session_replication_role = replica; " + statements);
    }
}
