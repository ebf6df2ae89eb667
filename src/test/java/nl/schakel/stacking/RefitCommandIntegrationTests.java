package nl.schakel.stacking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** The command {@code --schakel.command=stacking-refit}, as an operator runs it: every refit stores a next version. */
@ExtendWith(OutputCaptureExtension.class)
class RefitCommandIntegrationTests {

    @Test
    void everyRunStoresTheNextVersionOfARegionsWeights(CapturedOutput output) throws IOException {
        Path data = Files.createDirectories(Path.of("target", "test-postgres", "refit-" + UUID.randomUUID()));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .start()) {
            JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
            superuser.execute("create role gemeente login nosuperuser");
            superuser.execute("create database schakel_extern owner gemeente");
            String url = server.getJdbcUrl("gemeente", "schakel_extern");
            assertThat(refit(url)).as("migrates; nothing to fit yet").isZero();

            JdbcTemplate owner = new JdbcTemplate(server.getDatabase("postgres", "schakel_extern"));
            UUID region = UUID.randomUUID();
            owner.update("insert into region (id, code, name) values (?, 'REFIT', 'Refit')", region);
            for (int i = 0; i < 20; i++) {
                UUID person = UUID.randomUUID();
                owner.update("insert into subject (id, region_id, kind, label, created_at) values (?, ?, 'PERSON', "
                        + "'P', now())", person, region);
                owner.update("insert into subject_person (subject_id, region_id, name, date_of_birth, observed_on) "
                        + "values (?, ?, ?, ?, ?)", person, region, "Jan Refit" + (char) ('a' + i % 5),
                        LocalDate.of(1990, 1, 1 + i % 5), LocalDate.of(2026, 3, 1));
            }

            assertThat(refit(url)).isZero();
            assertThat(refit(url)).isZero();

            assertThat(output.getOut()).contains("weights version 1 fitted on 20 persons")
                    .contains("weights version 2 fitted on 20 persons");
            assertThat(owner.queryForList("select version from match_weights where region_id = ? order by version",
                    Integer.class, region)).containsExactly(1, 2);
        }
    }

    private static int refit(String url) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SchakelApplication.class).run(
                "--schakel.command=stacking-refit", "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + url, "--spring.datasource.username=gemeente",
                "--schakel.demo.seed=NEVER", "--schakel.demo.signals=false", "--logging.structured.format.console=", "--logging.level.root=WARN");
        return SpringApplication.exit(context);
    }
}
