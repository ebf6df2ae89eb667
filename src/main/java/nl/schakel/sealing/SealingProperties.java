package nl.schakel.sealing;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sealing key comes from.
 *
 * @param keyset a Tink JSON keyset given directly (e.g. from a secret store); wins over the file
 * @param keysetFile a Tink JSON keyset file; created with a new key when missing
 */
@ConfigurationProperties("schakel.sealing")
public record SealingProperties(@Nullable String keyset,
        @DefaultValue("./data/keys/sealing-keyset.json") Path keysetFile) {
}
