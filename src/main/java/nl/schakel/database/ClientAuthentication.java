package nl.schakel.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.postgresql.util.PasswordUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks the embedded cluster: only password (SCRAM-SHA-256) connections over TCP on 127.0.0.1, no trust, no
 * Unix socket. zonky's {@code initdb} trusts every local connection, and so did every data directory made by
 * Schakel before this was added. Such a cluster is locked in place before its server starts: the
 * superuser's password is set in single-user mode (no network at all) and {@code pg_hba.conf} is rewritten.
 * The passwords of the other roles are set once the server runs (see {@link EmbeddedPostgresConfiguration}).
 * Only SCRAM verifiers, computed here, reach the server; never a plain password.
 */
final class ClientAuthentication {

    static final String HBA = """
            # Written by Schakel at every start of its embedded PostgreSQL (changes here are overwritten).
            # Only password (SCRAM-SHA-256) connections over TCP on the loopback address; no trust, no socket.
            host    all    all    127.0.0.1/32    scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);

    private ClientAuthentication() {
    }

    static void lock(Path dataDirectory, String superuserPassword, PostgresBinaries binaries, Duration timeout)
            throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String current = Files.exists(hba) ? Files.readString(hba, StandardCharsets.UTF_8) : "";
        if (current.equals(HBA)) {
            return;
        }
        if (!onlyScram(current)) {
            log.warn("The embedded PostgreSQL accepted connections without a password; setting passwords and"
                    + " allowing only password connections from now on");
            setSuperuserPassword(dataDirectory, superuserPassword, binaries, timeout);
        }
        Path written = Files.writeString(dataDirectory.resolve("pg_hba.conf.schakel"), HBA, StandardCharsets.UTF_8);
        DatabaseSecrets.restrictToOwner(written, DatabaseSecrets.OWNER_ONLY_FILE);
        Files.move(written, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether every rule of a pg_hba.conf asks for a SCRAM password (or rejects). */
    static boolean onlyScram(String hba) {
        for (String line : hba.lines().toList()) {
            String rule = line.replaceFirst("#.*", "").strip();
            if (rule.isEmpty()) {
                continue;
            }
            String lower = rule.toLowerCase(Locale.ROOT);
            if (!lower.contains("scram-sha-256") && !lower.endsWith(" reject")) {
                return false;
            }
        }
        return true;
    }

    /** The SQL that gives a role its password, as a SCRAM verifier computed here. */
    static String alterPassword(String role, String password) {
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain role name");
        }
        return "alter role " + role + " password '" + PasswordUtil.encodeScramSha256(password.toCharArray()) + "'";
    }

    private static void setSuperuserPassword(Path dataDirectory, String password, PostgresBinaries binaries,
            Duration timeout) throws IOException {
        int exit = binaries.run("postgres", List.of("--single", "-D", dataDirectory.toString(),
                "-c", "exit_on_error=true", "postgres"),
                alterPassword("postgres", password) + "\n", timeout);
        if (exit != 0) {
            throw new IllegalStateException("Could not set the password of the embedded PostgreSQL's superuser"
                    + " (single-user mode ended with " + exit + ")");
        }
    }
}
