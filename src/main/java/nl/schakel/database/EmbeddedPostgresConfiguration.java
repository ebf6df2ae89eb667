package nl.schakel.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p>It is durable (every acknowledged commit is on disk), locked (every role has a generated password,
 * only SCRAM connections over 127.0.0.1) and restarts by itself after a crash: an orphaned postmaster left
 * by a killed JVM is recognised and stopped first. See docs/operations.md.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    /** The superuser zonky's initdb creates. */
    public static final String SUPERUSER = "postgres";
    /** The ordinary role Schakel works as: data rights only, no ownership, no superuser. */
    public static final String APPLICATION_ROLE = "schakel";
    /** The role that owns the schema and runs the migrations. */
    public static final String OWNER_ROLE = "schakel_owner";
    public static final String APPLICATION_DATABASE = "schakel";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean
    DatabaseSecrets embeddedDatabaseSecrets(EmbeddedDatabaseProperties properties) {
        return new DatabaseSecrets(properties.secrets());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DatabaseSecrets secrets)
            throws IOException {
        Path data = properties.dataDirectory().toAbsolutePath().normalize();
        DatabaseSecrets.createOwnerOnlyDirectories(data);
        String superuserPassword = secrets.password(SUPERUSER);
        PostgresBinaries binaries = PostgresBinaries.unpacked();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                // Spring closes it after the connection pool; a second hook would race that.
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setPGStartupWait(properties.startupTimeout())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("password_encryption", "scram-sha-256")
                // Always durable, tests included: every acknowledged commit is on disk (these settings win over
                // the speed flags zonky passes for its own tests).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setConnectConfig("password", superuserPassword)
                // Runs after zonky's lock on the data directory is taken and before the server starts.
                .setDataDirectoryCustomizer(directory -> prepare(directory.toPath(), superuserPassword, binaries,
                        properties))
                // The server log (zonky passes it to the application's log) never quotes statements or data.
                .setServerConfig("log_min_messages", "fatal")
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_statement", "none")
                .start();
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", postgres.getPort(), data);
        createApplicationDatabase(postgres, secrets);
        return postgres;
    }

    private static void prepare(Path data, String superuserPassword, PostgresBinaries binaries,
            EmbeddedDatabaseProperties properties) {
        try {
            StalePostmaster.stopIfRunning(data, binaries, properties.startupTimeout());
            ClientAuthentication.lock(data, superuserPassword, binaries, properties.startupTimeout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres, DatabaseSecrets secrets) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("schakel-embedded");
        dataSource.setJdbcUrl(jdbcUrl(postgres, APPLICATION_DATABASE));
        dataSource.setUsername(APPLICATION_ROLE);
        dataSource.setPassword(secrets.password(APPLICATION_ROLE));
        dataSource.setMaximumPoolSize(10);
        // PostgreSQL's Detail and Where parts quote data; they stay out of exception messages.
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        return dataSource;
    }

    /** Migrations run as the owner; the application itself only as the ordinary role. */
    @Bean
    FlywayConfigurationCustomizer embeddedOwnerMigrates(EmbeddedPostgres postgres, DatabaseSecrets secrets) {
        return configuration -> configuration
                .dataSource(jdbcUrl(postgres, APPLICATION_DATABASE), OWNER_ROLE, secrets.password(OWNER_ROLE))
                .placeholders(Map.of("approle", APPLICATION_ROLE));
    }

    static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        // PostgreSQL's Detail and Where parts quote data: no connection, the migrations' either, puts them in messages.
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database + "?logServerErrorDetail=false";
    }

    /**
     * Two roles, as on a well-run external server: an owner that migrates the schema and an ordinary
     * application role that may not change the schema, disable triggers or alter the audit trail. Both get
     * their generated password at every start (so an upgraded cluster gets them too).
     */
    private static void createApplicationDatabase(EmbeddedPostgres postgres, DatabaseSecrets secrets) {
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        for (String role : new String[] {OWNER_ROLE, APPLICATION_ROLE}) {
            Boolean exists = superuser.queryForObject("select exists (select 1 from pg_roles where rolname = ?)",
                    Boolean.class, role);
            if (!Boolean.TRUE.equals(exists)) {
                superuser.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole");
            }
            superuser.execute(ClientAuthentication.alterPassword(role, secrets.password(role)));
        }
        Boolean databaseExists = superuser.queryForObject(
                "select exists (select 1 from pg_database where datname = ?)", Boolean.class, APPLICATION_DATABASE);
        if (!Boolean.TRUE.equals(databaseExists)) {
            superuser.execute("create database " + APPLICATION_DATABASE + " owner " + OWNER_ROLE
                    + " encoding 'UTF8' template template0");
            new JdbcTemplate(postgres.getDatabase(SUPERUSER, APPLICATION_DATABASE))
                    .execute("alter schema public owner to " + OWNER_ROLE);
        }
    }
}
