package nl.schakel.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.audit.ChainVerification;
import nl.schakel.sealing.DataKeys;
import nl.schakel.testing.NamedSignals;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.Superuser;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: audit records name ids and the chain does not depend on the content of what was destroyed. After a
 * signal is purged (its content rows deleted, its data key destroyed) the verifier reports the chain intact, and
 * tampering with one of the records about that signal is still pinpointed.
 */
@SchakelIntegrationTest
class AuditAfterPurgeIntegrationTests {

    private static final List<String> CONTENT_TABLES = List.of("reporter_identity", "reporter_reveal",
            "signal_message", "signal_subject", "signal_indicator", "signal_exploitation_form");

    @LocalServerPort
    int port;

    @Autowired
    JdbcAuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    DataKeys keys;

    @Test
    void afterAPurgeTheChainVerifiesAndATamperedRecordIsStillNamed() {
        UUID signal = NamedSignals.send(port, jdbc, "Te wissen " + UUID.randomUUID(), "Kanarie Gewist", "06-77788899");
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        officer.get("/signalen/" + signal);
        officer.postAndFollow("/signalen/" + signal + "/melder", Map.of("reason", "Terugbellen"));
        trail.anchor();

        // The purge: the content goes, the key is destroyed, the skeleton stays; records name ids only.
        CONTENT_TABLES.forEach(table -> jdbc.sql("delete from " + table + " where signal_id = ?").param(signal)
                .update());
        jdbc.sql("update signal set description = '', location_address = null where id = ?").param(signal).update();
        keys.destroy(signal);
        trail.anchor();

        ChainVerification afterPurge = trail.verify();
        assertThat(afterPurge.intact()).isTrue();
        assertThat(afterPurge.anchorsChecked()).isPositive();

        long viewed = jdbc.sql("""
                select max(seq) from audit_record where action = 'SIGNAL_VIEWED' and object_id = ?""")
                .param(signal.toString()).query(Long.class).single();
        Superuser.bypassingTriggers(postgres, "update audit_record set outcome = 'DENIED' where seq = " + viewed);
        try {
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(viewed, "CONTENT_CHANGED");
        } finally {
            Superuser.bypassingTriggers(postgres, "update audit_record set outcome = 'SUCCESS' where seq = " + viewed);
        }
        assertThat(trail.verify().intact()).isTrue();
    }
}
