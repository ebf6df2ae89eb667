package nl.schakel.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster's files live; they survive restarts
 * @param port the TCP port on the loopback interface, 0 for a free one
 * @param secretsDirectory where the generated passwords of the database roles are kept (owner-only files);
 *        by default {@code secrets/<name of the data directory>} beside the data directory, so
 *        {@code ./data/secrets/postgres} for the default
 * @param startupTimeout how long a start may take, including recovery after a crash
 */
@ConfigurationProperties("schakel.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @Nullable Path secretsDirectory,
        @DefaultValue("120s") Duration startupTimeout) {

    /** The secrets directory in use: the configured one, or the default beside the data directory. */
    public Path secrets() {
        if (secretsDirectory != null) {
            return secretsDirectory.toAbsolutePath().normalize();
        }
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path parent = data.getParent();
        if (parent == null) {
            throw new IllegalStateException("the embedded database's data directory cannot be the file system root");
        }
        return parent.resolve("secrets").resolve(String.valueOf(data.getFileName()));
    }
}
