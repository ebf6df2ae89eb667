package nl.schakel.sealing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the journal of destroyed data keys is kept: outside the database, so that a key destroyed after a dump was
 * taken is destroyed again when that dump is restored (decision 0029, docs/operations.md).
 *
 * @param journal the append-only file, one destroyed owner per line
 */
@ConfigurationProperties("schakel.sealing.destroyed-keys")
public record DestroyedKeysProperties(@DefaultValue("./data/keys/destroyed-data-keys.journal") Path journal) {
}
