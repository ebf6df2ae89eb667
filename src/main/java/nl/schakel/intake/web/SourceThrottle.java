package nl.schakel.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts events per source within a time window, in memory only. A source is a keyed hash of the
 * network address with a key that exists only in this process, so the count can neither be stored,
 * nor be linked to an address afterwards; nothing here is ever written to disk, log or database.
 * A second, global window stops distributed guessing.
 */
class SourceThrottle {

    private final int perSource;
    private final int global;
    private final Duration window;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Deque<Instant>> bySource = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    SourceThrottle(int perSource, int global, Duration window, Clock clock) {
        this.perSource = perSource;
        this.global = global;
        this.window = window;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Whether this source (or everyone together) has used up the window. */
    boolean isExhausted(String address) {
        Instant now = Instant.now(clock);
        synchronized (all) {
            prune(all, now);
            if (all.size() >= global) {
                return true;
            }
        }
        Deque<Instant> events = bySource.get(hash(address));
        if (events == null) {
            return false;
        }
        synchronized (events) {
            prune(events, now);
            return events.size() >= perSource;
        }
    }

    void record(String address) {
        Instant now = Instant.now(clock);
        synchronized (all) {
            all.addLast(now);
        }
        Deque<Instant> events = bySource.computeIfAbsent(hash(address), k -> new ArrayDeque<>());
        synchronized (events) {
            events.addLast(now);
        }
        if (bySource.size() > 10_000) {
            bySource.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    /** Forgets everything counted (tests; or an operator restarting the count after an incident). */
    void clear() {
        synchronized (all) {
            all.clear();
        }
        bySource.clear();
    }

    long retryAfterSeconds() {
        return window.toSeconds();
    }

    private void prune(Deque<Instant> events, Instant now) {
        while (!events.isEmpty() && events.peekFirst().isBefore(now.minus(window))) {
            events.pollFirst();
        }
    }

    private String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
