package nl.schakel.database;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.schakel.SchakelApplication;
import nl.schakel.testing.EmbeddedDatabaseRoles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database is durable and locked: fsync, synchronous commits and full page writes are on; every
 * role needs its generated password (SCRAM) over 127.0.0.1; the secrets are owner-only files; and a data
 * directory made by an earlier release (trust, no passwords) is locked in place at its first start.
 */
class EmbeddedDatabaseLockIntegrationTests {

    private static final List<String> ROLES = List.of("postgres", "schakel_owner", "schakel");
    private static final int AUTHENTICATION_OK = 0;
    private static final int AUTHENTICATION_SASL = 10;

    @Test
    void aNewClusterIsDurableAndRefusesEveryRoleWithoutItsPassword() throws Exception {
        Path data = Path.of("target", "test-postgres", "locked-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = start(data)) {
            int port = app.getBean(EmbeddedPostgres.class).getPort();
            EmbeddedDatabaseProperties properties = app.getBean(EmbeddedDatabaseProperties.class);

            JdbcTemplate superuser = new JdbcTemplate(EmbeddedDatabaseRoles.dataSource(app, "postgres", "schakel"));
            assertThat(superuser.queryForList("select name, setting from pg_settings where name in"
                    + " ('fsync', 'synchronous_commit', 'full_page_writes') order by name"))
                    .containsExactly(Map.of("name", "fsync", "setting", "on"),
                            Map.of("name", "full_page_writes", "setting", "on"),
                            Map.of("name", "synchronous_commit", "setting", "on"));
            assertThat(superuser.queryForObject("show listen_addresses", String.class)).isEqualTo("127.0.0.1");
            assertThat(superuser.queryForList("select type || ' ' || coalesce(address, '') || ' ' || auth_method"
                    + " from pg_hba_file_rules", String.class)).containsExactly("host 127.0.0.1 scram-sha-256");

            assertRefusedWithoutPasswordAndAcceptedWithIt(port, properties);
            for (String role : ROLES) {
                Path secret = properties.secrets().resolve(role + ".password");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                        .isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.secrets())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aTrustingClusterOfAnEarlierReleaseIsLockedAtItsFirstStart() throws Exception {
        Path data = Files.createDirectories(Path.of("target", "test-postgres", "trusting-" + UUID.randomUUID()));
        // The previous release: zonky's trusting initdb, roles without passwords, one table with data.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1").start()) {
            JdbcTemplate superuser = new JdbcTemplate(old.getPostgresDatabase());
            superuser.execute("create role schakel_owner login nosuperuser nocreatedb nocreaterole");
            superuser.execute("create role schakel login nosuperuser nocreatedb nocreaterole");
            superuser.execute("create database schakel owner schakel_owner encoding 'UTF8' template template0");
            new JdbcTemplate(old.getDatabase("postgres", "schakel"))
                    .execute("alter schema public owner to schakel_owner");
            new JdbcTemplate(old.getDatabase("schakel_owner", "schakel"))
                    .execute("create schema earlier; create table earlier.kept (note text);"
                            + " insert into earlier.kept values ('from before')");
            assertThat(authenticationRequest(old.getPort(), "schakel_owner")).isEqualTo(AUTHENTICATION_OK);
        }

        try (ConfigurableApplicationContext app = start(data)) {
            int port = app.getBean(EmbeddedPostgres.class).getPort();
            assertRefusedWithoutPasswordAndAcceptedWithIt(port, app.getBean(EmbeddedDatabaseProperties.class));
            JdbcTemplate owner = new JdbcTemplate(EmbeddedDatabaseRoles.dataSource(app, "schakel_owner", "schakel"));
            assertThat(owner.queryForObject("select note from earlier.kept", String.class)).isEqualTo("from before");
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).isEqualTo(ClientAuthentication.HBA);
        }
    }

    private static void assertRefusedWithoutPasswordAndAcceptedWithIt(int port, EmbeddedDatabaseProperties properties)
            throws Exception {
        for (String role : ROLES) {
            // Without a password the server does not let the role in: it asks for SCRAM ...
            assertThat(authenticationRequest(port, role)).as(role).isEqualTo(AUTHENTICATION_SASL);
            // ... which pgjdbc cannot answer without one, and which a wrong one fails.
            assertThatThrownBy(() -> connect(port, role, null)).as(role).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(port, role, "geraden")).as(role).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
            try (Connection connection = connect(port, role, EmbeddedDatabaseRoles.password(properties, role))) {
                assertThat(connection.isValid(2)).as(role).isTrue();
            }
        }
    }

    private static Connection connect(int port, String role, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(EmbeddedDatabaseRoles.jdbcUrl(port, "schakel"), properties);
    }

    /**
     * Sends a protocol 3.0 startup message without any password over TCP to 127.0.0.1 and returns the
     * authentication request code the server answers with (0: let in, 10: SASL asked), or -1 for an error.
     */
    private static int authenticationRequest(int port, String role) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream parameters = new DataOutputStream(body);
            parameters.writeInt(196608);
            for (String part : new String[] {"user", role, "database", "schakel"}) {
                parameters.write(part.getBytes(StandardCharsets.UTF_8));
                parameters.write(0);
            }
            parameters.write(0);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(body.size() + 4);
            out.write(body.toByteArray());
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte type = in.readByte();
            in.readInt();
            return type == 'R' ? in.readInt() : -1;
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(SchakelApplication.class).run(
                "--schakel.embedded-database.data-directory=" + data, "--server.port=0",
                "--schakel.sealing.keyset-file=" + data.resolveSibling(data.getFileName() + "-keyset.json"),
                "--logging.structured.format.console=", "--logging.level.root=WARN");
    }
}
