package nl.schakel.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left behind by an earlier run on the same data directory: after a {@code kill -9} of the
 * JVM the server lives on, holds {@code postmaster.pid} and the port, and a new start would fail. Before
 * Schakel starts the cluster (holding zonky's lock on the data directory, so no live Schakel uses it), such
 * a process is stopped cleanly with {@code pg_ctl stop -m fast}, but only after {@code /proc} shows that it
 * is a {@code postgres} program working on exactly this data directory. A pid that now belongs to another
 * program is left alone; only the stale lock file is removed.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    /** What {@code /proc} says about a process. */
    enum Identity {
        /** A {@code postgres} process of this data directory. */
        THIS_CLUSTER,
        /** Positively something else. */
        OTHER,
        /** Cannot tell (no {@code /proc}, no permission). */
        UNKNOWN
    }

    static void stopIfRunning(Path dataDirectory, PostgresBinaries binaries, Duration timeout) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<Long> pid = pidIn(pidFile);
        if (pid.isEmpty()) {
            awaitLeftoverBackends(dataDirectory, timeout);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            log.info("The embedded PostgreSQL was not shut down cleanly (no process {}); it recovers from its log",
                    pid.get());
            awaitLeftoverBackends(dataDirectory, timeout);
            return;
        }
        switch (identify(pid.get(), dataDirectory)) {
            case THIS_CLUSTER -> stop(process.get(), dataDirectory, binaries, timeout);
            case OTHER -> {
                log.warn("postmaster.pid names process {}, which is not this cluster's PostgreSQL; removing the stale"
                        + " lock file", pid.get());
                Files.deleteIfExists(pidFile);
            }
            case UNKNOWN -> log.warn("Cannot tell whether process {} is this cluster's PostgreSQL; leaving it alone",
                    pid.get());
        }
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory, PostgresBinaries binaries,
            Duration timeout) throws IOException {
        log.warn("Found an orphaned PostgreSQL (pid {}) on this data directory, left by an earlier run that did not"
                + " stop; shutting it down", postmaster.pid());
        int exit = binaries.run("pg_ctl", List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t",
                Long.toString(Math.max(timeout.toSeconds(), 1))), null, timeout.plusSeconds(5));
        if (exit != 0 || !awaitExit(postmaster, Duration.ofSeconds(5))) {
            log.warn("pg_ctl could not stop the orphaned PostgreSQL (exit {}); terminating it", exit);
            postmaster.destroy();
            if (!awaitExit(postmaster, timeout)) {
                postmaster.destroyForcibly();
                awaitExit(postmaster, Duration.ofSeconds(10));
            }
        }
        awaitLeftoverBackends(dataDirectory, timeout);
        log.info("Stopped the orphaned PostgreSQL (pid {})", postmaster.pid());
    }

    /**
     * Server processes of this data directory whose postmaster is gone (it was killed) end by themselves
     * within moments; a new postmaster cannot start while they hold the old shared memory.
     */
    private static void awaitLeftoverBackends(Path dataDirectory, Duration timeout) {
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> identify(process.pid(), dataDirectory) == Identity.THIS_CLUSTER)
                .toList();
        for (ProcessHandle leftover : leftovers) {
            if (!awaitExit(leftover, timeout)) {
                log.warn("Terminating a leftover PostgreSQL process ({}) of this data directory", leftover.pid());
                leftover.destroyForcibly();
                awaitExit(leftover, Duration.ofSeconds(10));
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static Optional<Long> pidIn(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a process is a {@code postgres} working on the data directory: its program is named
     * {@code postgres}, and its {@code -D} argument or its working directory (PostgreSQL changes into its
     * data directory) is the data directory.
     */
    static Identity identify(long pid, Path dataDirectory) {
        Path proc = Path.of("/proc", Long.toString(pid));
        try {
            Path data = dataDirectory.toRealPath();
            String program = String.valueOf(Files.readSymbolicLink(proc.resolve("exe")).getFileName());
            if (!program.equals("postgres") && !program.startsWith("postgres ")) {
                return Identity.OTHER;
            }
            if (data.equals(workingDirectory(proc)) || data.equals(dataDirectoryArgument(proc))) {
                return Identity.THIS_CLUSTER;
            }
            return Identity.OTHER;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Identity.UNKNOWN;
        }
    }

    private static Path workingDirectory(Path proc) {
        try {
            return Files.readSymbolicLink(proc.resolve("cwd"));
        } catch (IOException e) {
            return Path.of("/nonexistent");
        }
    }

    private static Path dataDirectoryArgument(Path proc) {
        try {
            String[] arguments = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                    .split("\0");
            for (int i = 0; i + 1 < arguments.length; i++) {
                if (arguments[i].equals("-D") && Path.of(arguments[i + 1]).isAbsolute()) {
                    return Path.of(arguments[i + 1]).toRealPath();
                }
            }
        } catch (IOException | RuntimeException e) {
            // no usable argument
        }
        return Path.of("/nonexistent");
    }
}
