package nl.schakel.audit.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.ChainVerification;
import nl.schakel.audit.Outcome;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.Superuser;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The three tampers of issue 17 (point 6), done as a superuser with every right in the database but without the
 * audit key: the verifier names the first record that differs, checked against the anchors outside the database.
 * Every test restores what it changed and checks that the trail is intact again.
 */
@SchakelIntegrationTest
class AuditChainTamperIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcAuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    AuditProperties properties;

    @AfterEach
    void intactAgain() {
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void deletingTheNewestThreeRecordsIsNamedAgainstTheAnchor() {
        appendSome(5);
        trail.anchor();
        long newest = newestSeq();
        Superuser.bypassingTriggers(postgres, "create table audit_record_kept as select * from audit_record where seq > "
                + (newest - 3) + "; delete from audit_record where seq > " + (newest - 3));
        try {
            ChainVerification verification = trail.verify();

            assertThat(verification.firstBrokenSeq()).isEqualTo(newest - 2);
            assertThat(verification.problem()).isEqualTo("RECORDS_MISSING");
            assertThat(verification.anchorsChecked()).isPositive();
            HttpResponse<String> page = verifyPage();
            assertThat(page.body()).contains("aangetast vanaf regel " + (newest - 2))
                    .contains("regels verwijderd die al waren vastgelegd in het ankerbestand");
        } finally {
            // The page visit appended records onto the shortened chain: take them out before putting back the rest.
            Superuser.bypassingTriggers(postgres, "delete from audit_record where seq > " + (newest - 3)
                    + "; insert into audit_record select * from audit_record_kept; drop table audit_record_kept");
        }
    }

    @Test
    void recomputingTheHashesAfterAChangeWithoutTheKeyIsNamedAtTheChangedRecord() {
        appendSome(4);
        long changed = newestSeq() - 2;
        List<AuditRecord> original = recordsFrom(changed);

        // The probe's attack on the unkeyed chain: change a record, recompute plain SHA-256 from there on.
        rewriteFrom(original, "DENIED", ChainHash.UNKEYED, r -> ChainHash.of(r));
        try {
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(changed, "UNKEYED");
        } finally {
            restore(original);
        }

        // The same with the keyed format's content, but hashed without the key (or with a guessed one).
        UUID trailId = trail.trail();
        rewriteFrom(original, "DENIED", ChainHash.KEYED, r -> sha256(ChainHash.keyedContent(trailId, r)));
        try {
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(changed, "CONTENT_CHANGED");
        } finally {
            restore(original);
        }
    }

    @Test
    void theApplicationRoleCannotChooseASeqAndASuperusersForgedRowIsNamed() {
        appendSome(2);
        String insert = """
                insert into audit_record (seq, occurred_at, action, purpose, outcome, previous_hash, hash, hash_version,
                    chain) values (?, now(), 'LOGIN', 'AUTHENTICATION', 'SUCCESS', ?, ?, 2, 0)""";
        String head = jdbc.sql("select hash from audit_record where chain = 0 order by seq desc limit 1")
                .query(String.class).single();

        // The application's own role: a chosen number is refused, even right after drawing one.
        assertThatThrownBy(() -> jdbc.sql(insert).params(999_999_999L, head, "0".repeat(64)).update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("assigned by the database");
        assertThatThrownBy(() -> jdbc.sql(insert.replace("values (?", "values (nextval('audit_record_seq') + 7"))
                        .params(head, "0".repeat(64)).update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("assigned by the database");

        // A superuser can bypass the trigger, but cannot make the row verify, and nothing is chained onto it.
        Superuser.bypassingTriggers(postgres, insert.replaceFirst("\\?", "999999999").replaceFirst("\\?", "'" + head + "'")
                .replaceFirst("\\?", "'" + sha256("forged") + "'"));
        try {
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(999_999_999L, "CONTENT_CHANGED");

            trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
            assertThat(jdbc.sql("select count(*) from audit_record where previous_hash = ?").param(sha256("forged"))
                    .query(Long.class).single()).isZero();
            assertThat(trail.verify().firstBrokenSeq()).isEqualTo(999_999_999L);
        } finally {
            Superuser.bypassingTriggers(postgres, "delete from audit_record where seq = 999999999");
        }
    }

    @Test
    void aChangedAnchorLineIsRefused() throws IOException {
        appendSome(1);
        trail.anchor();
        Path file = properties.anchorFile();
        String before = Files.readString(file);
        String last = before.lines().reduce((a, b) -> b).orElseThrow();
        String forged = last.replaceFirst("seq=(\\d+)", "seq=1$1");
        Files.writeString(file, before.replace(last, forged));
        try {
            assertThat(trail.verify().problem()).isEqualTo("ANCHOR_INVALID");
        } finally {
            Files.writeString(file, before);
        }
    }

    @Test
    void anchorsAreSignedLinesOfThisTrailThatOnlyEverGrow() throws IOException {
        appendSome(1);
        trail.anchor();
        List<String> lines = Files.readAllLines(properties.anchorFile());
        appendSome(1);
        trail.anchor();
        List<String> after = Files.readAllLines(properties.anchorFile());

        assertThat(after).startsWith(lines.toArray(String[]::new)).hasSizeGreaterThan(lines.size());
        assertThat(after.get(after.size() - 1)).matches("anchor v=1 at=\\S+ trail=" + trail.trail()
                + " chain=\\d+ seq=" + newestSeq() + " hash=[0-9a-f]{64} mac=[0-9a-f]{64}");
    }

    private void appendSome(int count) {
        for (int i = 0; i < count; i++) {
            trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        }
    }

    private HttpResponse<String> verifyPage() {
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        admin.get("/admin/audit");
        return admin.post("/admin/audit/verify");
    }

    private long newestSeq() {
        return jdbc.sql("select max(seq) from audit_record").query(Long.class).single();
    }

    private List<AuditRecord> recordsFrom(long seq) {
        return jdbc.sql("select " + AuditRecords.COLUMNS + " from audit_record where chain = 0 and seq >= ? order by seq")
                .param(seq).query(AuditRecords::map).list();
    }

    /** Changes the first record's outcome and recomputes every hash and link from there on. */
    private void rewriteFrom(List<AuditRecord> records, String outcome, int version,
            java.util.function.Function<AuditRecord, String> hash) {
        String previous = records.get(0).previousHash();
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            AuditRecord changed = new AuditRecord(r.seq(), r.occurredAt(), r.userId(), r.organisationId(), r.role(),
                    r.action(), r.objectType(), r.objectId(), r.purpose(), i == 0 ? outcome : r.outcome(),
                    r.correlationId(), previous, "", version, r.chain(), r.reason(), r.repeatCount());
            String newHash = hash.apply(changed);
            sql.append("update audit_record set outcome = '").append(changed.outcome()).append("', previous_hash = '")
                    .append(previous).append("', hash = '").append(newHash).append("', hash_version = ")
                    .append(version).append(" where seq = ").append(r.seq()).append(";");
            previous = newHash;
        }
        Superuser.bypassingTriggers(postgres, sql.toString());
    }

    private void restore(List<AuditRecord> records) {
        StringBuilder sql = new StringBuilder();
        for (AuditRecord r : records) {
            sql.append("update audit_record set outcome = '").append(r.outcome()).append("', previous_hash = '")
                    .append(r.previousHash()).append("', hash = '").append(r.hash()).append("', hash_version = ")
                    .append(r.hashVersion()).append(" where seq = ").append(r.seq()).append(";");
        }
        Superuser.bypassingTriggers(postgres, sql.toString());
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
