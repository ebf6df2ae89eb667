package nl.schakel.audit;

import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.URI;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.testing.EmbeddedDatabaseRoles;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.Superuser;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SchakelIntegrationTest
class AuditTrailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    ApplicationContext context;

    @Test
    void recordsFormAnIntactChain() {
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.FAILURE));

        ChainVerification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(count());
    }

    @Test
    void theApplicationsDatabaseRoleCannotChangeOrRemoveAuditRecords() {
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        long last = lastSeq();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = 'DENIED' where seq = ?").param(last).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where seq = ?").param(last).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_record").update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("alter table audit_record disable trigger all").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void evenTheSchemaOwnerCannotChangeOrRemoveAuditRecords() {
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        JdbcTemplate owner = new JdbcTemplate(EmbeddedDatabaseRoles.dataSource(context, "schakel_owner", "schakel"));

        assertThatThrownBy(() -> owner.update("update audit_record set outcome = 'DENIED' where seq = ?", lastSeq()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_record where seq = ?", lastSeq()))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void tamperingBySuperuserIsReportedAtExactlyThatRecord() {
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        long target = lastSeq() - 1;
        String original = jdbc.sql("select outcome from audit_record where seq = ?").param(target)
                .query(String.class).single();
        asSuperuser("update audit_record set outcome = 'FAILURE' where seq = " + target);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.firstBrokenSeq()).isEqualTo(target);
            assertThat(verification.problem()).isEqualTo("CONTENT_CHANGED");

            WebSession admin = new WebSession(port);
            admin.login("beheerder", WebSession.DEMO_PASSWORD);
            admin.get("/admin/audit");
            HttpResponse<String> page = admin.post("/admin/audit/verify");
            assertThat(page.body()).contains("aangetast vanaf regel " + target)
                    .contains("de inhoud van deze regel is gewijzigd");
        } finally {
            asSuperuser("update audit_record set outcome = '" + original + "' where seq = " + target);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRemovedRecordBreaksTheLinkOfItsSuccessor() {
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        long removed = lastSeq() - 1;
        asSuperuser("create table audit_record_kept as select * from audit_record where seq = " + removed);
        asSuperuser("delete from audit_record where seq = " + removed);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.firstBrokenSeq()).isEqualTo(removed + 1);
            assertThat(verification.problem()).isEqualTo("LINK_BROKEN");
        } finally {
            asSuperuser("insert into audit_record select * from audit_record_kept; drop table audit_record_kept");
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theViewerListsLoginsAndAdministratorActionsAndAuditsItsOwnUse() {
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        long viewsBefore = jdbc.sql("select count(*) from audit_record where action = 'AUDIT_VIEWED'")
                .query(Long.class).single();

        HttpResponse<String> page = admin.get("/admin/audit?action=LOGIN");
        HttpResponse<String> fragment = admin.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/admin/audit?action=USER_CREATED")).header("HX-Request", "true")
                .GET().build());

        assertThat(page.body()).contains("<td data-label=\"Handeling\">Inloggen</td>").contains("Bram Beheer")
                .contains("Gemeente Utrecht").contains("Inloggen en toegang").contains(">Beheerder<")
                .doesNotContain(">AUTHENTICATION<");
        assertThat(fragment.body()).doesNotContain("<html").contains("id=\"audit-results\"")
                .contains("Gebruiker aangemaakt");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'AUDIT_VIEWED'").query(Long.class)
                .single()).isEqualTo(viewsBefore + 2);
    }

    @Test
    void recordsCarryCodesAndIdentifiersOnly() {
        assertThatThrownBy(() -> new AuditEvent("user Jan de Vries viewed", null, null, "ADMINISTRATION",
                Outcome.SUCCESS)).isInstanceOf(IllegalArgumentException.class);
    }

    private void asSuperuser(String statement) {
        // Only a superuser can switch off triggers for its own session; the application's role cannot.
        Superuser.bypassingTriggers(postgres, statement);
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_record").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_record").query(Long.class).single();
    }
}
