package nl.schakel.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster's files live; they survive restarts
 * @param port the TCP port on the loopback interface, 0 for a free one
 */
@ConfigurationProperties("schakel.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port) {
}
