package nl.schakel.database;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL programs zonky unpacked ({@code initdb}, {@code pg_ctl}, {@code postgres}), for the steps
 * Schakel takes before zonky starts the server: stopping an orphaned postmaster and setting the superuser's
 * password in single-user mode. Commands are run the way zonky runs them (through {@code unshare -U} where
 * that is available, so that PostgreSQL also runs when Schakel runs as root).
 */
final class PostgresBinaries {

    private final Path directory;

    private PostgresBinaries(Path directory) {
        this.directory = directory;
    }

    /** The binaries zonky uses, unpacked if they are not yet (zonky keeps that step to itself). */
    static PostgresBinaries unpacked() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
                    File.class);
            prepare.setAccessible(true);
            File directory = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
            return new PostgresBinaries(directory.toPath());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot find the embedded PostgreSQL binaries (zonky changed?)", e);
        }
    }

    /**
     * Runs a PostgreSQL program and waits for it.
     *
     * @param input what to send to its standard input, or null
     * @return its exit code
     */
    int run(String program, List<String> arguments, @Nullable String input, Duration timeout) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(directory.resolve("bin").resolve(program).toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(program + " was interrupted", e);
        }
    }
}
