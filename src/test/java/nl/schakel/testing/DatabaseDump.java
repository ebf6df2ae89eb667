package nl.schakel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A logical dump and restore of Schakel's database on the embedded cluster, for the restore drill. The embedded
 * PostgreSQL 17 of zonky ships no {@code pg_dump} (only initdb, pg_ctl, postgres) and a system pg_dump of an older
 * major version refuses a newer server, so this does what {@code pg_dump --data-only} and a schema restore do:
 * one consistent snapshot of every table with {@code COPY ... TO STDOUT} (text format, one file per table) and the
 * sequences' values; restoring builds the schema with the release's own migrations (as the schema owner), then loads
 * every table with {@code COPY ... FROM STDIN} as the superuser with triggers off, and sets the sequences.
 */
public final class DatabaseDump {

    private static final String SCHEMA_HISTORY = "flyway_schema_history";
    private static final String OWNER_ROLE = "schakel_owner";

    private DatabaseDump() {
    }

    /** The cluster's superuser on a database of it. */
    public static PGSimpleDataSource superuser(EmbeddedPostgres postgres, String database) {
        return (PGSimpleDataSource) postgres.getDatabase("postgres", database);
    }

    /** Dumps every table of the public schema in one snapshot into the (new) directory. */
    public static Path dump(DataSource database, Path directory) {
        try (Connection connection = database.getConnection()) {
            Files.createDirectories(directory);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = new ArrayList<>();
            for (String[] table : tables(connection)) {
                try (OutputStream out = Files.newOutputStream(directory.resolve(table[0] + ".copy"))) {
                    copy.copyOut("copy public." + table[0] + " (" + table[1] + ") to stdout", out);
                }
                tables.add(table[0] + "\t" + table[1]);
            }
            Files.write(directory.resolve("tables.txt"), tables);
            List<String> sequences = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                    "select sequencename, last_value from pg_sequences where schemaname = 'public'"
                            + " and last_value is not null")) {
                while (rs.next()) {
                    sequences.add(rs.getString(1) + "\t" + rs.getLong(2));
                }
            }
            Files.write(directory.resolve("sequences.txt"), sequences);
            connection.commit();
            return directory;
        } catch (SQLException e) {
            throw new IllegalStateException("dump failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty database owned by the schema owner, as the embedded setup creates Schakel's. */
    public static void createDatabase(EmbeddedPostgres postgres, String name) {
        try (Connection connection = superuser(postgres, "postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + OWNER_ROLE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("create database failed", e);
        }
        try (Connection connection = superuser(postgres, name).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter schema public owner to " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("alter schema failed", e);
        }
    }

    /** Builds the schema with the migrations as the schema owner, then loads the dump into it. */
    public static void restore(Path directory, DataSource database) {
        Flyway.configure().dataSource(database).initSql("set role " + OWNER_ROLE)
                .locations("classpath:db/migration").placeholders(Map.of("approle", "schakel")).load().migrate();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            List<String[]> tables = Files.readAllLines(directory.resolve("tables.txt")).stream()
                    .map(line -> line.split("\t", 2)).filter(t -> !t[0].equals(SCHEMA_HISTORY)).toList();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                statement.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + t[0]).toList()));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String[] table : tables) {
                try (InputStream in = Files.newInputStream(directory.resolve(table[0] + ".copy"))) {
                    copy.copyIn("copy public." + table[0] + " (" + table[1] + ") from stdin", in);
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String line : Files.readAllLines(directory.resolve("sequences.txt"))) {
                    String[] sequence = line.split("\t");
                    statement.execute("select setval('public." + sequence[0] + "', " + Long.parseLong(sequence[1]) + ")");
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("restore failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every table of the public schema with its columns (without generated ones, which COPY cannot load). */
    private static List<String[]> tables(Connection connection) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select c.relname, string_agg(quote_ident(a.attname), ', ' order by a.attnum)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                         and a.attgenerated = ''
                where n.nspname = 'public' and c.relkind = 'r'
                group by c.relname order by c.relname""")) {
            while (rs.next()) {
                tables.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return tables;
    }
}
