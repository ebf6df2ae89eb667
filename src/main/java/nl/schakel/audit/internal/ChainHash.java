package nl.schakel.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The hash over a record's fields and the previous record's hash in its chain. Because each hash includes its
 * predecessor's, changing or removing any record breaks the chain from that point on.
 * <ul>
 * <li>Version 1 ({@link #of}): plain SHA-256, as the previous release wrote it. Anyone can recompute it, so it
 * is accepted only for the old records before the keyed ones (docs/decisions/0011).</li>
 * <li>Version 2 ({@link #keyedContent}): HMAC-SHA256 under {@link AuditKey}, which the database does not hold,
 * over the same fields plus the trail's identity, the chain, the reason and the count.</li>
 * </ul>
 */
public final class ChainHash {

    /** The "previous hash" of the very first record of every chain. */
    public static final String GENESIS = "0".repeat(64);

    public static final int UNKEYED = 1;
    public static final int KEYED = 2;

    /** Separates fields; a control character that never occurs in codes or identifiers. */
    static final String SEPARATOR = "\u001f";

    private ChainHash() {
    }

    /** The version 1 (unkeyed SHA-256) hash. */
    public static String of(AuditRecord r) {
        return sha256(join(Stream.of(r.seq(), micros(r), r.userId(), r.organisationId(), r.role(), r.action(),
                r.objectType(), r.objectId(), r.purpose(), r.outcome(), r.correlationId(), r.previousHash())));
    }

    /** What the version 2 HMAC covers. */
    static String keyedContent(UUID trail, AuditRecord r) {
        return join(Stream.of("audit-record-v2", trail, r.seq(), micros(r), r.userId(), r.organisationId(), r.role(),
                r.action(), r.objectType(), r.objectId(), r.purpose(), r.outcome(), r.correlationId(), r.chain(),
                r.reason(), r.repeatCount(), r.previousHash()));
    }

    static String join(Stream<?> values) {
        return values.map(value -> Objects.toString(value, "")).collect(Collectors.joining(SEPARATOR));
    }

    private static long micros(AuditRecord r) {
        // Microseconds since the epoch: exactly what PostgreSQL's timestamptz keeps.
        return ChronoUnit.MICROS.between(java.time.Instant.EPOCH, r.occurredAt());
    }

    private static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
