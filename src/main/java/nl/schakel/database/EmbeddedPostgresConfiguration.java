package nl.schakel.database;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts an embedded PostgreSQL 17 when {@code spring.datasource.url} is not set, so that Schakel
 * can be tried with one command. The cluster is stopped when the application context closes,
 * after the connection pool (which depends on it) has been closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    /** The ordinary role Schakel works as: data rights only, no ownership, no superuser. */
    public static final String APPLICATION_ROLE = "schakel";
    /** The role that owns the schema and runs the migrations. */
    public static final String OWNER_ROLE = "schakel_owner";
    public static final String APPLICATION_DATABASE = "schakel";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(false)
                // Spring closes it after the connection pool; a second hook would race that.
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // The server log (zonky passes it to the application's log) never quotes statements or data.
                .setServerConfig("log_min_messages", "fatal")
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_statement", "none")
                .start();
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath().normalize());
        createApplicationDatabase(postgres);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("schakel-embedded");
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APPLICATION_ROLE, APPLICATION_DATABASE));
        dataSource.setUsername(APPLICATION_ROLE);
        dataSource.setMaximumPoolSize(10);
        // PostgreSQL's Detail and Where parts quote data; they stay out of exception messages.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }

    /** Migrations run as the owner; the application itself only as the ordinary role. */
    @Bean
    FlywayConfigurationCustomizer embeddedOwnerMigrates(EmbeddedPostgres postgres) {
        return configuration -> configuration
                .dataSource(postgres.getJdbcUrl(OWNER_ROLE, APPLICATION_DATABASE), OWNER_ROLE, null)
                .placeholders(Map.of("approle", APPLICATION_ROLE));
    }

    /**
     * Two roles, as on a well-run external server: an owner that migrates the schema and an ordinary
     * application role that may not change the schema, disable triggers or alter the audit trail.
     */
    private static void createApplicationDatabase(EmbeddedPostgres postgres) {
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        for (String role : new String[] {OWNER_ROLE, APPLICATION_ROLE}) {
            Boolean exists = superuser.queryForObject("select exists (select 1 from pg_roles where rolname = ?)",
                    Boolean.class, role);
            if (!Boolean.TRUE.equals(exists)) {
                superuser.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole");
            }
        }
        Boolean databaseExists = superuser.queryForObject(
                "select exists (select 1 from pg_database where datname = ?)", Boolean.class, APPLICATION_DATABASE);
        if (!Boolean.TRUE.equals(databaseExists)) {
            superuser.execute("create database " + APPLICATION_DATABASE + " owner " + OWNER_ROLE
                    + " encoding 'UTF8' template template0");
            new JdbcTemplate(postgres.getDatabase("postgres", APPLICATION_DATABASE))
                    .execute("alter schema public owner to " + OWNER_ROLE);
        }
    }
}
