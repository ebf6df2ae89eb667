package nl.schakel.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A token bucket per key, in memory only: each key may do {@code capacity} things at once and earns one
 * back every {@code window / capacity}. Check and count are one atomic step
 * ({@link ConcurrentMap#compute}), so parallel requests cannot slip past the limit. There is no global
 * bucket: one key running dry never affects another.
 *
 * <p>A key (a network address, a receipt prefix) is stored only as a keyed hash (HMAC-SHA-256 with a
 * random key that exists only in this process), so nothing here can be linked to an address afterwards;
 * nothing is ever written to disk, log or database. The one throttle of Schakel: public signals, receipt
 * look-ups and failed logins all count with it.
 */
public final class SourceThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final int capacity;
    private final long nanosPerToken;
    private final Clock clock;
    private final byte[] key = new byte[32];
    /** Per key, the moment (in nanoseconds) at which its bucket is full again: exact, no rounding. */
    private final ConcurrentMap<String, Long> fullAt = new ConcurrentHashMap<>();

    public SourceThrottle(int capacity, Duration window, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, window.toNanos() / capacity);
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Takes one token for this key if it has one: the check and the count in one atomic step. */
    public boolean tryAcquire(String source) {
        long now = nowNanos();
        boolean[] granted = {false};
        fullAt.compute(hash(source), (k, full) -> {
            // A bucket can be at most the window ahead of now; further means the clock went back (an NTP step, a
            // test's clock): count from a fully used bucket now rather than refusing until the clock catches up.
            long base = full == null ? now : Math.min(Math.max(full, now), now + capacity * nanosPerToken);
            long next = base + nanosPerToken;
            if (next - now <= capacity * nanosPerToken) {
                granted[0] = true;
                return next;
            }
            return full == null ? null : base;
        });
        pruneIfLarge(now);
        return granted[0];
    }

    /** Gives one token back (the thing counted turned out not to count, e.g. a right receipt code). */
    public void release(String source) {
        long now = nowNanos();
        fullAt.computeIfPresent(hash(source), (k, full) -> full - nanosPerToken <= now ? null : full - nanosPerToken);
    }

    /** Whether this key has used any of its allowance within the window (a sender seen recently). */
    public boolean isKnown(String source) {
        Long full = fullAt.get(hash(source));
        return full != null && full > nowNanos();
    }

    /** Forgets everything counted (tests; or an operator restarting the count after an incident). */
    public void clear() {
        fullAt.clear();
    }

    /** How long until one more token is earned: the Retry-After to give a refused request. */
    public long retryAfterSeconds() {
        return Math.max(1, Duration.ofNanos(nanosPerToken).toSeconds());
    }

    /**
     * The source of a request: its network address, or for IPv6 its /64 network (one household or device
     * usually holds a whole /64). Used only as the input of the in-memory keyed hash and then forgotten.
     */
    public static String source(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal address: no name look-up happens.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** Full buckets say nothing a missing bucket does not: drop them so memory stays bounded. */
    private void pruneIfLarge(long now) {
        if (fullAt.size() > PRUNE_ABOVE) {
            // ConcurrentHashMap removes an entry here only if it still holds the value tested.
            fullAt.entrySet().removeIf(e -> e.getValue() <= now);
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
