package nl.schakel.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchorFileTests {

    @TempDir
    Path dir;

    private final UUID trail = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-11-29T16:40:00Z");

    @Test
    void anchorsAreReadBackForTheirOwnTrailOnly() {
        AnchorFile file = anchorFile(key(1));
        file.append(at, trail, Map.of(0, new AnchorFile.Head(12, "a".repeat(64)), 3, new AnchorFile.Head(15, "b".repeat(64))));
        file.append(at, UUID.randomUUID(), Map.of(0, new AnchorFile.Head(99, "c".repeat(64))));

        assertThat(file.read(trail)).extracting(AnchorFile.Anchor::chain, AnchorFile.Anchor::seq)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, 12L),
                        org.assertj.core.groups.Tuple.tuple(3, 15L));
    }

    @Test
    void aChangedLineOrOneSignedWithAnotherKeyIsRefused() throws IOException {
        anchorFile(key(1)).append(at, trail, Map.of(0, new AnchorFile.Head(12, "a".repeat(64))));
        String line = Files.readString(dir.resolve("anchors.log"));

        Files.writeString(dir.resolve("anchors.log"), line.replace("seq=12", "seq=13"));
        assertThatThrownBy(() -> anchorFile(key(1)).read(trail)).isInstanceOf(AnchorFile.InvalidAnchorException.class);

        Files.writeString(dir.resolve("anchors.log"), line);
        assertThatThrownBy(() -> anchorFile(key(2)).read(trail)).isInstanceOf(AnchorFile.InvalidAnchorException.class);
    }

    @Test
    void aLineCutOffByACrashDoesNotSpoilTheNextOnes() throws IOException {
        AnchorFile file = anchorFile(key(1));
        file.append(at, trail, Map.of(0, new AnchorFile.Head(12, "a".repeat(64))));
        Files.writeString(dir.resolve("anchors.log"), "anchor v=1 at=2026-11-29T16:50:00Z trail=" + trail + " cha",
                StandardOpenOption.APPEND);
        file.append(at.plus(Duration.ofMinutes(20)), trail, Map.of(0, new AnchorFile.Head(20, "d".repeat(64))));

        assertThat(file.read(trail)).extracting(AnchorFile.Anchor::seq).containsExactly(12L, 20L);
    }

    @Test
    void aNewKeyFileIsReadableByItsOwnerOnly() throws IOException {
        Path keyFile = dir.resolve("keys/audit-hmac.key");
        AuditKey first = new AuditKey(new AuditProperties(null, keyFile, dir.resolve("anchors.log"), Duration.ofMinutes(10), 8,
                Duration.ofMinutes(1)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        AuditKey again = new AuditKey(new AuditProperties(null, keyFile, dir.resolve("anchors.log"), Duration.ofMinutes(10), 8,
                Duration.ofMinutes(1)));
        assertThat(again.mac("x")).isEqualTo(first.mac("x"));
    }

    private AnchorFile anchorFile(AuditKey key) {
        return new AnchorFile(properties(), key);
    }

    private AuditKey key(int fill) {
        byte[] raw = new byte[32];
        java.util.Arrays.fill(raw, (byte) fill);
        return new AuditKey(new AuditProperties(Base64.getEncoder().encodeToString(raw), dir.resolve("unused.key"),
                dir.resolve("anchors.log"), Duration.ofMinutes(10), 8, Duration.ofMinutes(1)));
    }

    private AuditProperties properties() {
        return new AuditProperties(null, dir.resolve("unused.key"), dir.resolve("anchors.log"), Duration.ofMinutes(10),
                8, Duration.ofMinutes(1));
    }
}
