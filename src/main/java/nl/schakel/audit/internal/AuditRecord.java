package nl.schakel.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One stored audit record, as read back for the viewer and the verifier. */
public record AuditRecord(long seq, Instant occurredAt, @Nullable UUID userId, @Nullable UUID organisationId,
        @Nullable String role, String action, @Nullable String objectType, @Nullable String objectId, String purpose,
        String outcome, @Nullable String correlationId, String previousHash, String hash) {

    /** The hash this record's content and link should have. */
    public String expectedHash() {
        return ChainHash.of(this);
    }
}
