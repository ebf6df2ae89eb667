package nl.schakel.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import nl.schakel.SchakelApplication;
import nl.schakel.testing.WebSession;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database made by the previous release upgrades: its migrations (this build's files up to the release's last
 * version, with the checksums the release recorded, kept in {@code db/previous-release/checksums.properties}) ran
 * with the application's own database setup (owner role, application role, placeholders); this build then starts on
 * it, validates every checksum — a migration file changed since the release fails here — applies what is new and
 * keeps the rows.
 */
class UpgradeIntegrationTests {

    private static final String[] QUIET = {"--server.port=0", "--logging.structured.format.console=",
            "--logging.level.root=WARN"};
    private static final UUID REGION = UUID.randomUUID();
    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();
    private static final UUID SIGNAL = UUID.randomUUID();

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesWithoutValidationErrorsAndKeepsItsRows() throws IOException {
        Path data = Files.createDirectories(Path.of("target", "test-postgres", "upgrade-" + UUID.randomUUID()));
        Map<String, Integer> released = releasedChecksums();
        String lastReleased = released.keySet().stream().max(Comparator.comparing(MigrationVersion::fromVersion))
                .orElseThrow();

        try (ConfigurableApplicationContext previous = new SpringApplicationBuilder(PreviousRelease.class)
                .web(WebApplicationType.NONE)
                .run(arguments(data, "--spring.flyway.target=" + lastReleased))) {
            assertThat(applied(previous.getBean(Flyway.class))).hasSize(released.size());
            JdbcClient jdbc = JdbcClient.create(previous.getBean(DataSource.class));
            released.forEach((version, checksum) -> jdbc.sql(
                    "update flyway_schema_history set checksum = ? where version = ?").params(checksum, version).update());
            insertRows(jdbc);
        }

        try (ConfigurableApplicationContext current = new SpringApplicationBuilder(SchakelApplication.class)
                .run(arguments(data))) {
            Flyway flyway = current.getBean(Flyway.class);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(applied(flyway)).as("every migration of this build, from every module folder, applied")
                    .hasSize(migrationFiles("db/migration/**/*.sql"))
                    .allMatch(m -> m.getState() == MigrationState.SUCCESS, "successful");

            JdbcClient jdbc = current.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from organisation where id = ?").param(ORGANISATION).query(String.class)
                    .single()).isEqualTo("Gemeente Vorige Versie");
            assertThat(jdbc.sql("select username from app_user where id = ?").param(USER).query(String.class)
                    .single()).isEqualTo("vorige.versie");
            assertThat(jdbc.sql("select reference from signal where id = ?").param(SIGNAL).query(String.class)
                    .single()).isEqualTo("SIG-VORIGE-1");
            assertThat(jdbc.sql("""
                    select s.type || ' ' || m.held_on || ' ' || m.status || ' ' || (select count(*) from agenda_item i
                        where i.meeting_id = m.id and i.signal_id = c.signal_id)
                    from signal_consultation c join meeting m on m.id = c.meeting_id join meeting_series s on s.id = m.series_id
                    where c.signal_id = ? and s.owner_organisation_id = ? order by m.held_on""")
                    .params(SIGNAL, ORGANISATION).query(String.class).list())
                    .containsExactly("VT_EXPERTISE_TEAM 2026-02-03 HELD 1", "LOCAL_UNDERMINING 2026-03-05 PLANNED 1");
            int port = ((WebServerApplicationContext) current).getWebServer().getPort();
            assertThat(new WebSession(port).get("/login").statusCode()).isEqualTo(200);
        }
    }

    /** Rows as the previous release stored them (its schema, written as its SQL would). */
    private static void insertRows(JdbcClient jdbc) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into region (id, code, name) values (?, 'vorige-versie', 'Regio Vorige Versie')")
                .param(REGION).update();
        jdbc.sql("""
                insert into organisation (id, region_id, name, type, created_at, updated_at)
                values (?, ?, 'Gemeente Vorige Versie', 'MUNICIPALITY', ?, ?)""")
                .params(ORGANISATION, REGION, now, now).update();
        jdbc.sql("""
                insert into app_user (id, username, display_name, organisation_id, password_hash, created_at, updated_at)
                values (?, 'vorige.versie', 'Vorige Versie', ?, 'not-a-hash', ?, ?)""")
                .params(USER, ORGANISATION, now, now).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'DESIGNATED_OFFICER')").param(USER).update();
        jdbc.sql("""
                insert into signal (id, reference, region_id, receiving_organisation_id, channel, reporter_type, status,
                    description, catalogue_version, anonymous, received_at, updated_at, reporter_key)
                values (?, 'SIG-VORIGE-1', ?, ?, 'INTERNAL', 'FRONT_DESK', 'RECEIVED', 'Beschrijving', 1, false, ?, ?,
                    ?)""")
                .params(SIGNAL, REGION, ORGANISATION, now, now, "S:" + SIGNAL).update();
        // Wave 1's consultations named their meeting as a code; the upgrade makes each a reference to a meeting.
        jdbc.sql("""
                insert into signal_consultation (id, signal_id, meeting, planned_on, outcome, created_by, created_at)
                values (gen_random_uuid(), ?, 'EXPERTISE_TEAM', date '2026-02-03', 'Besproken', ?, ?),
                       (gen_random_uuid(), ?, 'LOCAL_UNDERMINING', date '2026-03-05', null, ?, ?)""")
                .params(SIGNAL, USER, now, SIGNAL, USER, now).update();
    }

    /** What the previous release recorded in flyway_schema_history: version → checksum. */
    private static Map<String, Integer> releasedChecksums() throws IOException {
        Properties properties = new Properties();
        try (var in = UpgradeIntegrationTests.class.getResourceAsStream("/db/previous-release/checksums.properties")) {
            properties.load(in);
        }
        Map<String, Integer> checksums = new TreeMap<>();
        properties.forEach((version, checksum) -> checksums.put((String) version, Integer.valueOf((String) checksum)));
        return checksums;
    }

    private static List<MigrationInfo> applied(Flyway flyway) {
        return Arrays.asList(flyway.info().applied());
    }

    private static int migrationFiles(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern).length;
    }

    private static String[] arguments(Path data, String... more) {
        String[] args = Arrays.copyOf(QUIET, QUIET.length + 1 + more.length);
        args[QUIET.length] = "--schakel.embedded-database.data-directory=" + data;
        System.arraycopy(more, 0, args, QUIET.length + 1, more.length);
        return args;
    }

    /** Only the database: the embedded PostgreSQL as the application sets it up, and Flyway. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    @Import(EmbeddedPostgresConfiguration.class)
    @ImportAutoConfiguration(FlywayAutoConfiguration.class)
    static class PreviousRelease {
    }
}
