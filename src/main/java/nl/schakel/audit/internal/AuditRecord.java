package nl.schakel.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored audit record, as read back for the viewer and the verifier.
 *
 * @param hashVersion 1: the previous release's unkeyed SHA-256; 2: HMAC-SHA256 (see {@link ChainHash})
 * @param chain the partition this record is linked in
 * @param reason why a repeated failure happened, as a code, on aggregated records only
 * @param repeatCount how often it happened in the interval, on aggregated records only
 */
public record AuditRecord(long seq, Instant occurredAt, @Nullable UUID userId, @Nullable UUID organisationId,
        @Nullable String role, String action, @Nullable String objectType, @Nullable String objectId, String purpose,
        String outcome, @Nullable String correlationId, String previousHash, String hash, int hashVersion, int chain,
        @Nullable String reason, @Nullable Integer repeatCount) {

    /** A record as the previous release wrote it: unkeyed, in chain 0, never aggregated. */
    public AuditRecord(long seq, Instant occurredAt, @Nullable UUID userId, @Nullable UUID organisationId,
            @Nullable String role, String action, @Nullable String objectType, @Nullable String objectId,
            String purpose, String outcome, @Nullable String correlationId, String previousHash, String hash) {
        this(seq, occurredAt, userId, organisationId, role, action, objectType, objectId, purpose, outcome,
                correlationId, previousHash, hash, ChainHash.UNKEYED, 0, null, null);
    }

    /** The unkeyed hash this record's content and link would have under the previous release (version 1). */
    public String expectedHash() {
        return ChainHash.of(this);
    }

    AuditRecord withHash(String newHash) {
        return new AuditRecord(seq, occurredAt, userId, organisationId, role, action, objectType, objectId, purpose,
                outcome, correlationId, previousHash, newHash, hashVersion, chain, reason, repeatCount);
    }
}
