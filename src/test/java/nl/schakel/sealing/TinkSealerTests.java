package nl.schakel.sealing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TinkSealerTests {

    @TempDir
    Path keys;

    @Test
    void sealedValuesUnsealOnlyInTheirOwnContextAndSurviveARestart() throws Exception {
        Path file = keys.resolve("keyset.json");
        byte[] sealed = new TinkSealer(new SealingProperties(null, file))
                .seal("Jan Jansen, 06-12345678".getBytes(StandardCharsets.UTF_8), "reporter-identity:1");

        TinkSealer afterRestart = new TinkSealer(new SealingProperties(null, file));

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Jansen");
        assertThat(new String(afterRestart.unseal(sealed, "reporter-identity:1"), StandardCharsets.UTF_8))
                .isEqualTo("Jan Jansen, 06-12345678");
        assertThatThrownBy(() -> afterRestart.unseal(sealed, "reporter-identity:2"))
                .isInstanceOf(SealingException.class);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeysetFileReadableByOthersIsRestrictedToItsOwner() throws Exception {
        Path file = keys.resolve("older-release.json");
        new TinkSealer(new SealingProperties(null, file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new TinkSealer(new SealingProperties(null, file));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aKeysetPathWithoutAFileNameIsRefusedWithAReason() {
        assertThatThrownBy(() -> new TinkSealer(new SealingProperties(null, Path.of("/"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sealing keyset file");
    }

    @Test
    void anotherKeyCannotUnseal() throws Exception {
        byte[] sealed = new TinkSealer(new SealingProperties(null, keys.resolve("a.json"))).seal(new byte[] {1, 2},
                "x");
        TinkSealer other = new TinkSealer(new SealingProperties(null, keys.resolve("b.json")));

        assertThatThrownBy(() -> other.unseal(sealed, "x")).isInstanceOf(SealingException.class);
    }
}
