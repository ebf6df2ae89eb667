package nl.schakel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.TestFiles;
import nl.schakel.attachments.Upload;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.internal.AuditProperties;
import nl.schakel.sealing.DataKeys;
import nl.schakel.sealing.DestroyedKeysProperties;
import nl.schakel.sealing.SealingProperties;
import nl.schakel.testing.DatabaseDump;
import nl.schakel.testing.NamedSignals;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill of docs/operations.md (issue 15): a dump of the running database is restored into a fresh
 * database, and Schakel's own command-line verifier is started on it with the sealing keyset, the audit key, the
 * newest anchors and the newest journal of destroyed keys. The audit chain verifies; a key destroyed after the dump
 * was taken is destroyed again at that start, a key destroyed before it is simply gone. And what crypto-shredding
 * promises of a dump: no canary of a destroyed signal in it, and its reporter identity does not open even with the
 * master keyset file — while one of a signal not destroyed does, which is why the journal is needed at all.
 */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RestoreDrillIntegrationTests {

    private static final String BEFORE_NAME = "Kanarie Voordien";
    private static final String BEFORE_PHONE = "06-12121212";
    private static final String BEFORE_FILE = "kanarie-voordien.png";
    private static final String AFTER_NAME = "Kanarie Nadien";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    DataKeys keys;

    @Autowired
    Attachments attachments;

    @Autowired
    SealingProperties sealing;

    @Autowired
    DestroyedKeysProperties destroyedKeys;

    @Autowired
    AuditProperties audit;

    @Autowired
    AuditTrail trail;

    @Test
    void aRestoredDumpVerifiesAndKeepsEveryDestroyedKeyDestroyed(CapturedOutput output) throws Exception {
        UUID destroyedBefore = NamedSignals.sendWithFile(port, jdbc, attachments, "Drill voor " + UUID.randomUUID(),
                BEFORE_NAME, BEFORE_PHONE, new Upload(BEFORE_FILE, TestFiles.png(20, 10)));
        UUID destroyedAfter = NamedSignals.send(port, jdbc, "Drill na " + UUID.randomUUID(), AFTER_NAME,
                "06-34343434");
        keys.destroy(destroyedBefore);
        // The scheduled anchoring (every 10 minutes in production) has run since.
        ReflectionTestUtils.invokeMethod(trail, "anchor");
        Path drill = Files.createDirectories(Path.of("target", "restore-drill", UUID.randomUUID().toString()));

        Path dump = DatabaseDump.dump(DatabaseDump.superuser(postgres, "schakel"), drill.resolve("dump"));
        keys.destroy(destroyedAfter);

        assertNoCanaryIn(dump);
        Aead masterKeyset = masterKeyset();
        assertThatThrownBy(() -> masterKeyset.decrypt(sealedIdentity(dump, destroyedBefore),
                ("reporter-identity:" + destroyedBefore).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GeneralSecurityException.class);
        assertThat(wrappedKey(dump, destroyedBefore)).as("destroyed before the dump").isEmpty();
        assertThat(openWithDumpedKey(dump, masterKeyset, destroyedAfter)).contains(AFTER_NAME);

        String database = "restored_" + UUID.randomUUID().toString().replace("-", "");
        DatabaseDump.createDatabase(postgres, database);
        PGSimpleDataSource restored = DatabaseDump.superuser(postgres, database);
        DatabaseDump.restore(dump, restored);
        JdbcClient restoredJdbc = JdbcClient.create(restored);
        assertThat(wrappedKeyIn(restoredJdbc, destroyedAfter)).as("the dump brought the key back").isTrue();

        // The newest copies of what lives outside the database, as they were shipped.
        Path anchors = Files.copy(audit.anchorFile(), drill.resolve("anchors.log"));
        Path journal = Files.copy(destroyedKeys.journal(), drill.resolve("destroyed-data-keys.journal"));
        int exit = verifyWith(restored, anchors, journal);

        assertThat(output.getOut()).containsPattern("Audit chain intact: \\d+ records checked\\.")
                .containsPattern("Checked against [1-9]\\d* anchors outside the database\\.")
                .containsPattern("Destroyed-keys journal: \\d+ owners listed, 1 data keys destroyed again");
        assertThat(exit).isZero();
        assertThat(wrappedKeyIn(restoredJdbc, destroyedAfter)).as("destroyed again at start").isFalse();
        assertThat(wrappedKeyIn(restoredJdbc, destroyedBefore)).isFalse();
        assertThat(restoredJdbc.sql("select count(*) from signal where id in (?, ?)")
                .params(destroyedBefore, destroyedAfter).query(Integer.class).single()).isEqualTo(2);
    }

    private int verifyWith(PGSimpleDataSource database, Path anchors, Path journal) {
        ConfigurableApplicationContext verifier = new SpringApplicationBuilder(SchakelApplication.class).run(
                "--schakel.command=audit-verify", "--spring.main.web-application-type=none",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/"
                        + database.getDatabaseName(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=" + database.getPassword(),
                "--schakel.sealing.keyset-file=" + sealing.keysetFile().toAbsolutePath(),
                "--schakel.audit.key-file=" + audit.keyFile().toAbsolutePath(),
                "--schakel.audit.anchor-file=" + anchors.toAbsolutePath(),
                "--schakel.sealing.destroyed-keys.journal=" + journal.toAbsolutePath(),
                "--schakel.demo.seed=NEVER", "--logging.structured.format.console=", "--logging.level.root=WARN");
        return SpringApplication.exit(verifier);
    }

    private static void assertNoCanaryIn(Path dump) throws IOException {
        List<String> canaries = Stream.of(BEFORE_NAME, BEFORE_PHONE, BEFORE_FILE).flatMap(c -> Stream.of(c,
                HexFormat.of().formatHex(c.getBytes(StandardCharsets.UTF_8)))).toList();
        try (Stream<Path> files = Files.list(dump)) {
            for (Path file : files.toList()) {
                String content = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertThat(canaries).as(file.getFileName().toString()).noneMatch(content::contains);
            }
        }
    }

    private Aead masterKeyset() throws Exception {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(sealing.keysetFile()),
                InsecureSecretKeyAccess.get()).getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    /** Opens a reporter identity the way an attacker with the dump and the master keyset file would. */
    private static String openWithDumpedKey(Path dump, Aead master, UUID signal) throws Exception {
        byte[] wrapped = wrappedKey(dump, signal).orElseThrow();
        byte[] owner = ByteBuffer.allocate(16).putLong(signal.getMostSignificantBits())
                .putLong(signal.getLeastSignificantBits()).array();
        Aead dataKey = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, owner)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        return new String(dataKey.decrypt(sealedIdentity(dump, signal),
                (signal + "|reporter-identity:" + signal).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static byte[] sealedIdentity(Path dump, UUID signal) throws IOException {
        return column(dump, "reporter_identity", "signal_id", signal, "sealed").orElseThrow();
    }

    private static Optional<byte[]> wrappedKey(Path dump, UUID owner) throws IOException {
        return column(dump, "sealing_data_key", "owner", owner, "wrapped");
    }

    /** A bytea column of the row with this id in a table's COPY text file ({@code \N} is null, {@code \\x…} hex). */
    private static Optional<byte[]> column(Path dump, String table, String idColumn, UUID id, String column)
            throws IOException {
        List<String> columns = Files.readAllLines(dump.resolve("tables.txt")).stream()
                .filter(line -> line.startsWith(table + "\t")).findFirst().map(line -> line.split("\t", 2)[1])
                .map(names -> List.of(names.split(", "))).orElseThrow();
        String[] row = Files.readAllLines(dump.resolve(table + ".copy")).stream().map(line -> line.split("\t", -1))
                .filter(values -> values[columns.indexOf(idColumn)].equals(id.toString())).findFirst().orElseThrow();
        String value = row[columns.indexOf(column)];
        return value.equals("\\N") ? Optional.empty()
                : Optional.of(HexFormat.of().parseHex(value.substring("\\\\x".length())));
    }

    private static boolean wrappedKeyIn(JdbcClient database, UUID owner) {
        return database.sql("select wrapped is not null from sealing_data_key where owner = ?").params(owner)
                .query(Boolean.class).single();
    }
}
