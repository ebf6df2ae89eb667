package nl.schakel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.sql.DataSource;

import nl.schakel.database.EmbeddedDatabaseProperties;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ApplicationContext;

/**
 * Connections to the embedded database as one of its roles, with the role's generated password from the
 * secrets directory (every role of the embedded cluster needs its password).
 */
public final class EmbeddedDatabaseRoles {

    private EmbeddedDatabaseRoles() {
    }

    public static String password(EmbeddedDatabaseProperties properties, String role) {
        try {
            return Files.readString(properties.secrets().resolve(role + ".password"), StandardCharsets.US_ASCII)
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A data source on the running embedded cluster of the given application context. */
    public static DataSource dataSource(ApplicationContext context, String role, String database) {
        int port = context.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).getPort();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl(port, database));
        dataSource.setUser(role);
        dataSource.setPassword(password(context.getBean(EmbeddedDatabaseProperties.class), role));
        return dataSource;
    }
}
