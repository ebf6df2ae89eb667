package nl.schakel.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SHA-256 over a record's fields and the previous record's hash. Because each hash includes its
 * predecessor's, changing or removing any record breaks the chain from that point on.
 */
public final class ChainHash {

    /** The "previous hash" of the very first record. */
    public static final String GENESIS = "0".repeat(64);

    /** Separates fields; a control character that never occurs in codes or identifiers. */
    private static final String SEPARATOR = "\u001f";

    private ChainHash() {
    }

    static String of(AuditRecord r) {
        // Microseconds since the epoch: exactly what PostgreSQL's timestamptz keeps.
        long micros = ChronoUnit.MICROS.between(java.time.Instant.EPOCH, r.occurredAt());
        String content = Stream.of(r.seq(), micros, r.userId(), r.organisationId(), r.role(), r.action(),
                        r.objectType(), r.objectId(), r.purpose(), r.outcome(), r.correlationId(), r.previousHash())
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining(SEPARATOR));
        return sha256(content);
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
