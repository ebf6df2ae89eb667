package nl.schakel.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.SchakelApplication;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data across restarts; an external database is migrated but never seeded. */
class EmbeddedDatabaseIntegrationTests {

    private static final String[] QUIET = {"--server.port=0", "--logging.structured.format.console=",
            "--logging.level.root=WARN"};

    @Test
    void aSecondStartKeepsWhatTheFirstCreated() throws IOException {
        Path data = Files.createDirectories(Path.of("target", "test-postgres", "restart-" + UUID.randomUUID()));
        String name = "Gemeente Blijvend";

        try (ConfigurableApplicationContext first = start(data)) {
            Organisations organisations = first.getBean(Organisations.class);
            var region = organisations.region("midden-nederland").orElseThrow();
            organisations.create(region.id(), new OrganisationForm(name, OrganisationType.MUNICIPALITY, null));
            assertThat(users(first)).isEqualTo(15);
        }
        try (ConfigurableApplicationContext second = start(data)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Integer.class)
                    .single()).isEqualTo(1);
            assertThat(users(second)).isEqualTo(15);
            assertThat(new WebSession(port(second)).login("beheerder", WebSession.DEMO_PASSWORD).headers()
                    .firstValue("Location").orElse("")).doesNotContain("error");
        }
    }

    @Test
    void anExternalDatabaseIsMigratedButGetsNoDemoData() throws IOException {
        Path data = Files.createDirectories(Path.of("target", "test-postgres", "external-" + UUID.randomUUID()));
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                .start()) {
            JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
            superuser.execute("create role gemeente login password 'geheim' nosuperuser");
            superuser.execute("create database schakel_extern owner gemeente");

            String[] args = {"--spring.datasource.url=" + server.getJdbcUrl("gemeente", "schakel_extern"),
                    "--spring.datasource.username=gemeente", "--spring.datasource.password=geheim", QUIET[0],
                    QUIET[1], QUIET[2]};
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SchakelApplication.class)
                    .run(args)) {
                assertThat(app.containsBean("embeddedPostgres")).isFalse();
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class)
                        .single()).isGreaterThanOrEqualTo(6);
                assertThat(users(app)).isZero();
                assertThat(jdbc.sql("select count(*) from organisation").query(Integer.class).single()).isZero();
                assertThat(new WebSession(port(app)).get("/login").statusCode()).isEqualTo(200);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(SchakelApplication.class).run(
                "--schakel.embedded-database.data-directory=" + data, QUIET[0], QUIET[1], QUIET[2]);
    }

    private static int users(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from app_user").query(Integer.class).single();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
