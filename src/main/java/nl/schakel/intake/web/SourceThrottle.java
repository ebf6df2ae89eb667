package nl.schakel.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A token bucket per key, in memory only: each key may do {@code capacity} things at once and earns one
 * back every {@code window / capacity}. Check and count are one atomic step
 * ({@link ConcurrentMap#compute}), so parallel requests cannot slip past the limit. There is no global
 * bucket: one key running dry never affects another.
 *
 * <p>A key (a network address, a receipt prefix) is stored only as a keyed hash (HMAC-SHA-256 with a
 * random key that exists only in this process), so nothing here can be linked to an address afterwards;
 * nothing is ever written to disk, log or database.
 */
class SourceThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final int capacity;
    private final long nanosPerToken;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** What is left of one key's allowance at a moment (tokens in thousandths, to stay exact). */
    private record Bucket(long milliTokens, long at) {
    }

    SourceThrottle(int capacity, Duration window, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, window.toNanos() / capacity);
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Takes one token for this key if it has one: the check and the count in one atomic step. */
    boolean tryAcquire(String source) {
        long now = nowNanos();
        boolean[] granted = {false};
        buckets.compute(hash(source), (k, bucket) -> {
            long tokens = refilled(bucket, now);
            if (tokens >= 1000) {
                granted[0] = true;
                return new Bucket(tokens - 1000, now);
            }
            return new Bucket(tokens, now);
        });
        pruneIfLarge(now);
        return granted[0];
    }

    /** Gives one token back (the thing counted turned out not to count, e.g. a right receipt code). */
    void release(String source) {
        long now = nowNanos();
        buckets.computeIfPresent(hash(source), (k, bucket) -> {
            long tokens = Math.min(refilled(bucket, now) + 1000, capacity * 1000L);
            return tokens >= capacity * 1000L ? null : new Bucket(tokens, now);
        });
    }

    /** Whether this key has used any of its allowance within the window (a sender seen recently). */
    boolean isKnown(String source) {
        Bucket bucket = buckets.get(hash(source));
        return bucket != null && refilled(bucket, nowNanos()) < capacity * 1000L;
    }

    /** Forgets everything counted (tests; or an operator restarting the count after an incident). */
    void clear() {
        buckets.clear();
    }

    /** How long until one more token is earned: the Retry-After to give a refused request. */
    long retryAfterSeconds() {
        return Math.max(1, Duration.ofNanos(nanosPerToken).toSeconds());
    }

    private long refilled(Bucket bucket, long now) {
        if (bucket == null) {
            return capacity * 1000L;
        }
        long elapsed = Math.max(0, now - bucket.at());
        long earned = elapsed / nanosPerToken * 1000 + (elapsed % nanosPerToken) * 1000 / nanosPerToken;
        return Math.min(capacity * 1000L, bucket.milliTokens() + earned);
    }

    /** Full buckets say nothing a missing bucket does not: drop them so memory stays bounded. */
    private void pruneIfLarge(long now) {
        if (buckets.size() > PRUNE_ABOVE) {
            // ConcurrentHashMap removes an entry here only if it still holds the value tested.
            buckets.entrySet().removeIf(e -> refilled(e.getValue(), now) >= capacity * 1000L);
        }
    }

    private long nowNanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private String hash(String source) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
