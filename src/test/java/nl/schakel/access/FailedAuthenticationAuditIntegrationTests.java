package nl.schakel.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.audit.AuditTrail;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.Superuser;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 point 8 (audit half): anonymous noise does not write a row per request. Failed API authentications
 * and logins are audited as counts per interval, reason and actor.
 */
@SchakelIntegrationTest
class FailedAuthenticationAuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aThousandBadTokensAddAHandfulOfRowsThatCountThemAll() throws Exception {
        audit.flushRepeated();
        long newestBefore = newestAuditSeq();
        Map<String, Long> before = rowsPerTable();

        for (int i = 0; i < 1000; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"));
            switch (i % 3) {
                case 0 -> request.header("Authorization", "Bearer skl_" + String.format("%043d", i));
                case 1 -> request.header("Authorization", "Bearer not-a-token-" + i);
                default -> { }
            }
            assertThat(http.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(401);
        }
        audit.flushRepeated();

        Map<String, Long> after = rowsPerTable();
        long added = after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
        assertThat(added).as("rows added to all tables, per table: %s", after).isLessThanOrEqualTo(5);
        assertThat(counted("API_AUTHENTICATION", newestBefore)).containsOnly(
                Map.entry("UNKNOWN_TOKEN", 667L), Map.entry("NO_TOKEN", 333L));

        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        assertThat(admin.get("/admin/audit?action=API_AUTHENTICATION").body())
                .contains("667 keer (onbekende API-sleutel)").contains("333 keer (geen API-sleutel meegestuurd)");
    }

    @Test
    void repeatedFailedLoginsAreCountedPerAccountAndReason() {
        audit.flushRepeated();
        long newestBefore = newestAuditSeq();

        for (int i = 0; i < 20; i++) {
            new WebSession(port).login("bestaat-niet-" + i, "fout-wachtwoord");
        }
        new WebSession(port).login("analist", "fout-wachtwoord");
        new WebSession(port).login("analist", "nog-een-fout-wachtwoord");
        audit.flushRepeated();

        assertThat(jdbc.sql("""
                select count(*) from audit_record where seq > ? and action = 'LOGIN' and outcome = 'FAILURE'""")
                .param(newestBefore).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select repeat_count from audit_record where seq > ? and action = 'LOGIN' and user_id is null""")
                .param(newestBefore).query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("""
                select a.repeat_count from audit_record a join app_user u on u.id = a.user_id
                where a.seq > ? and a.action = 'LOGIN' and u.username = 'analist' and a.reason = 'BAD_CREDENTIALS'""")
                .param(newestBefore).query(Integer.class).single()).isEqualTo(2);
        assertThat(audit.verify().intact()).isTrue();
    }

    private Map<String, Long> counted(String action, long afterSeq) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select reason, repeat_count from audit_record where seq > ? and action = ?").params(afterSeq, action)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> counts.merge(e.getKey(), e.getValue(), Long::sum));
        return counts;
    }

    private long newestAuditSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_record").query(Long.class).single();
    }

    /** Every table of Schakel's database with its number of rows, read as superuser so that none is hidden. */
    private Map<String, Long> rowsPerTable() {
        JdbcTemplate superuser = Superuser.on(postgres);
        List<String> tables = superuser.queryForList("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""",
                String.class);
        Map<String, Long> rows = new HashMap<>();
        for (String table : tables) {
            rows.put(table, superuser.queryForObject("select count(*) from " + table, Long.class));
        }
        return rows;
    }
}
