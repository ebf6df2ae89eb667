package nl.schakel.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.SchakelApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trail written by the previous release (unkeyed SHA-256, one chain) still verifies after the upgrade; the keyed
 * records continue from its head, and the first anchor seals it.
 */
@ExtendWith(OutputCaptureExtension.class)
class LegacyAuditChainIntegrationTests {

    @Test
    void thePreviousReleasesChainStillVerifiesAndTheKeyedChainContinuesFromIt(CapturedOutput output) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "test-postgres", "legacy-" + UUID.randomUUID()));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("db"))
                .setCleanDataDirectory(true).start()) {
            JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
            superuser.execute("create role gemeente login nosuperuser");
            superuser.execute("create database schakel_oud owner gemeente");
            String url = server.getJdbcUrl("gemeente", "schakel_oud");
            Flyway.configure().dataSource(url, "gemeente", null).locations("classpath:db/migration").target("16")
                    .placeholders(Map.of("approle", "")).load().migrate();
            JdbcTemplate gemeente = new JdbcTemplate(server.getDatabase("gemeente", "schakel_oud"));
            String previous = ChainHash.GENESIS;
            for (int i = 0; i < 5; i++) {
                previous = appendAsThePreviousReleaseDid(gemeente, previous);
            }
            String legacyHead = previous;
            String[] args = {"--spring.datasource.url=" + url,
                    "--schakel.audit.key-file=" + dir.resolve("audit.key"),
                    "--schakel.audit.anchor-file=" + dir.resolve("anchors.log")};

            assertThat(verify(args)).isZero();
            assertThat(output.getOut()).contains("Audit chain intact: 5 records checked.");
            assertThat(gemeente.queryForObject("select count(*) from audit_record where hash_version = 1", Long.class))
                    .isEqualTo(5);
            assertThat(gemeente.queryForObject(
                    "select previous_hash from audit_record where hash_version = 2 order by seq limit 1", String.class))
                    .isEqualTo(legacyHead);
            assertThat(Files.readString(dir.resolve("anchors.log"))).contains("seq=5 hash=" + legacyHead);
            // The command's own record (AUDIT_VERIFIED) came after the start's anchor: the shutdown anchored it.
            Map<String, Object> newest = gemeente.queryForMap(
                    "select seq, hash from audit_record order by seq desc limit 1");
            assertThat(Files.readString(dir.resolve("anchors.log")))
                    .contains("seq=" + newest.get("seq") + " hash=" + newest.get("hash"));

            assertThat(verify(args)).isZero();

            JdbcTemplate attacker = new JdbcTemplate(server.getDatabase("postgres", "schakel_oud"));
            attacker.execute("set session_replication_role = replica; "
                    + "update audit_record set outcome = 'DENIED' where seq = 2");
            assertThat(verify(args)).isEqualTo(1);
            assertThat(output.getOut()).contains("Audit chain BROKEN at record 2 (CONTENT_CHANGED)");
        }
    }

    private static String appendAsThePreviousReleaseDid(JdbcTemplate jdbc, String previousHash) {
        long seq = jdbc.queryForObject("select nextval('audit_record_seq')", Long.class);
        AuditRecord record = new AuditRecord(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null, null,
                "LOGIN", "SESSION", null, "AUTHENTICATION", "FAILURE", null, previousHash, "");
        String hash = ChainHash.of(record);
        jdbc.update("""
                insert into audit_record (seq, occurred_at, action, object_type, purpose, outcome, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", seq, record.occurredAt().atOffset(ZoneOffset.UTC), record.action(),
                record.objectType(), record.purpose(), record.outcome(), previousHash, hash);
        return hash;
    }

    private static int verify(String[] extra) {
        String[] args = new String[extra.length + 6];
        System.arraycopy(extra, 0, args, 0, extra.length);
        System.arraycopy(new String[] {"--schakel.command=audit-verify", "--spring.main.web-application-type=none",
                "--spring.datasource.username=gemeente", "--schakel.demo.seed=NEVER", "--logging.level.root=WARN",
                "--logging.structured.format.console="}, 0, args, extra.length, 6);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SchakelApplication.class)
                .run(args);
        return SpringApplication.exit(context);
    }
}
