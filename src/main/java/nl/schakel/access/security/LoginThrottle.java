package nl.schakel.access.security;

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
import org.springframework.stereotype.Component;

/**
 * Failed logins per source, in memory: a token bucket per keyed hash (HMAC with a per-process random key)
 * of the network address (IPv6: its /64). An attempt takes a token before the password is checked (one
 * atomic step, so parallel attempts cannot slip past); a successful login gives it back. Nothing is
 * stored, logged or global: one source running dry never affects another.
 */
@Component
class LoginThrottle {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final LoginThrottleProperties properties;
    private final byte[] key = new byte[32];
    /** Per source, the moment (in nanoseconds) at which its allowance is whole again. */
    private final ConcurrentMap<String, Long> fullAt = new ConcurrentHashMap<>();
    private volatile int capacity;
    private volatile long nanosPerToken;

    LoginThrottle(Clock clock, LoginThrottleProperties properties) {
        this.clock = clock;
        this.properties = properties;
        new SecureRandom().nextBytes(key);
        reset();
    }

    /** Takes one attempt from this source's allowance, if it has one left (one atomic step). */
    boolean tryAcquire(String source) {
        long now = nowNanos();
        boolean[] granted = {false};
        fullAt.compute(hash(source), (k, full) -> {
            long next = Math.max(full == null ? now : full, now) + nanosPerToken;
            granted[0] = next - now <= capacity * nanosPerToken;
            return granted[0] ? next : full;
        });
        if (fullAt.size() > PRUNE_ABOVE) {
            fullAt.entrySet().removeIf(e -> e.getValue() <= now);
        }
        return granted[0];
    }

    /** A successful login does not count against its source. */
    void release(String source) {
        long now = nowNanos();
        fullAt.computeIfPresent(hash(source), (k, full) -> full - nanosPerToken <= now ? null : full - nanosPerToken);
    }

    long retryAfterSeconds() {
        return Math.max(1, Duration.ofNanos(nanosPerToken).toSeconds());
    }

    /** Tests only: forgets every count and allows this many failures per source. */
    void resetWith(int failuresPerSource) {
        capacity = failuresPerSource;
        nanosPerToken = Math.max(1, properties.window().toNanos() / failuresPerSource);
        fullAt.clear();
    }

    /** Forgets every count and goes back to the configured limit. */
    void reset() {
        resetWith(properties.failuresPerSource());
    }

    /** The network address (IPv6: its /64), only as the input of the keyed hash above. */
    static String source(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : address;
        } catch (UnknownHostException e) {
            return address;
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
