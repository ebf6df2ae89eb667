package nl.schakel.audit.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail (docs/decisions/0011).
 *
 * @param key the HMAC key, base64, given directly (e.g. from a secret store, {@code SCHAKEL_AUDIT_KEY}); wins over the file
 * @param keyFile the HMAC key file ({@code SCHAKEL_AUDIT_KEY_FILE}); created with a fresh key, mode 0600, when missing
 * @param anchorFile the append-only file the chains' heads are anchored to
 * @param anchorInterval how often the heads are anchored (also at start and at shutdown)
 * @param chains how many chains appends are spread over, so that they do not wait for one lock
 * @param repeatInterval how long repeated failures are counted before one aggregated record is written
 */
@ConfigurationProperties("schakel.audit")
public record AuditProperties(@Nullable String key,
        @DefaultValue("./data/keys/audit-hmac.key") Path keyFile,
        @DefaultValue("./data/audit-anchors/anchors.log") Path anchorFile,
        @DefaultValue("PT10M") Duration anchorInterval,
        @DefaultValue("8") int chains,
        @DefaultValue("PT1M") Duration repeatInterval) {

    public AuditProperties {
        if (chains < 1 || chains > 1000) {
            throw new IllegalArgumentException("schakel.audit.chains must be between 1 and 1000");
        }
    }
}
