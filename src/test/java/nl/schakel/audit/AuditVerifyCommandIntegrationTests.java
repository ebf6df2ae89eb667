package nl.schakel.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.SchakelApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line verifier, as an operator runs it: exit code 0 when intact, 1 naming the broken record. */
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandIntegrationTests {

    @Test
    void theCommandReportsAnIntactChainAndThenExactlyTheTamperedRecord(CapturedOutput output) throws IOException {
        Path data = Files.createDirectories(Path.of("target", "test-postgres", "verify-" + UUID.randomUUID()));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .start()) {
            JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
            superuser.execute("create role gemeente login nosuperuser");
            superuser.execute("create database schakel_extern owner gemeente");
            String url = server.getJdbcUrl("gemeente", "schakel_extern");

            assertThat(verify(url, "ALWAYS")).isZero();
            assertThat(output.getOut()).containsPattern("Audit chain intact: \\d+ records checked\\.");

            JdbcTemplate owner = new JdbcTemplate(server.getDatabase("postgres", "schakel_extern"));
            Long target = owner.queryForObject("select min(seq) + 3 from audit_record", Long.class);
            owner.execute("set session_replication_role = replica; "
                    + "update audit_record set action = 'LOGIN' where seq = " + target);

            assertThat(verify(url, "NEVER")).isEqualTo(1);
            assertThat(output.getOut()).contains("Audit chain BROKEN at record " + target + " (CONTENT_CHANGED)");
        }
    }

    private static int verify(String url, String seedDemo) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SchakelApplication.class).run(
                "--schakel.command=audit-verify", "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url, "--spring.datasource.username=gemeente",
                "--schakel.demo.seed=" + seedDemo, "--logging.structured.format.console=",
                "--logging.level.root=WARN");
        return SpringApplication.exit(context);
    }
}
