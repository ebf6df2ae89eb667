package nl.schakel.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a postgres process of this very data directory is ever taken for an orphaned postmaster. */
class StalePostmasterTests {

    @TempDir
    Path data;

    @Test
    void aProcessThatIsNotPostgresIsNeverTakenForTheClustersPostmaster() {
        // This JVM: a live process, working in some directory, but not a postgres program.
        assertThat(StalePostmaster.identify(ProcessHandle.current().pid(), Path.of("").toAbsolutePath()))
                .isEqualTo(StalePostmaster.Identity.OTHER);
    }

    @Test
    void aProcessThatIsGoneCannotBeIdentified() {
        assertThat(StalePostmaster.identify(Long.MAX_VALUE, data)).isEqualTo(StalePostmaster.Identity.UNKNOWN);
    }

    @Test
    void thePidIsTheFirstLineOfPostmasterPid() throws Exception {
        Files.writeString(data.resolve("postmaster.pid"), "4242\n" + data + "\n1732874400\n5432\n");
        assertThat(StalePostmaster.pidIn(data.resolve("postmaster.pid"))).contains(4242L);
        Files.writeString(data.resolve("postmaster.pid"), "");
        assertThat(StalePostmaster.pidIn(data.resolve("postmaster.pid"))).isEmpty();
        assertThat(StalePostmaster.pidIn(data.resolve("absent.pid"))).isEmpty();
    }

    @Test
    void onlyScramRulesCountAsLocked() {
        assertThat(ClientAuthentication.onlyScram(ClientAuthentication.HBA)).isTrue();
        assertThat(ClientAuthentication.onlyScram("local all all trust\nhost all all 127.0.0.1/32 scram-sha-256"))
                .isFalse();
        assertThat(ClientAuthentication.onlyScram("# host all all 127.0.0.1/32 trust\nhost all all ::1/128 md5"))
                .isFalse();
        assertThat(ClientAuthentication.onlyScram("host all all 0.0.0.0/0 reject")).isTrue();
    }
}
