package nl.schakel.intake.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Short-lived, server-side holders for what a public page shows after a redirect, where there is no session
 * (no cookie may be set): the receipt code after sending, or the code of the signal being followed up. The
 * URL carries only a random handle (256 bits) that names no signal; the value stays in this process's memory
 * for a few minutes and is then gone, and can be forgotten at once. Never stored, never logged. Decision 0013.
 */
final class PublicHandles {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;
    private final int capacity;

    PublicHandles(Clock clock, Duration lifetime, int capacity) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.capacity = capacity;
    }

    /** What a handle holds: the code, and a one-time notice (e.g. "your answer was sent") for the first view. */
    record Held(String code, @Nullable String notice, Instant until) {
    }

    /** Holds the code for a few minutes; returns the handle for the redirect. */
    String hold(String code, @Nullable String notice) {
        Instant now = clock.instant();
        if (held.size() >= capacity) {
            held.values().removeIf(h -> !h.until().isAfter(now));
        }
        if (held.size() >= capacity) {
            // Full even after forgetting the expired: drop an arbitrary one rather than grow without bound.
            held.keySet().stream().findAny().ifPresent(held::remove);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        held.put(handle, new Held(code, notice, now.plus(lifetime)));
        return handle;
    }

    /** What the handle holds while it lives; the notice is handed out only once. */
    Optional<Held> view(String handle) {
        if (!WELL_FORMED.matcher(handle).matches()) {
            return Optional.empty();
        }
        Held found = held.get(handle);
        if (found == null) {
            return Optional.empty();
        }
        if (!found.until().isAfter(clock.instant())) {
            held.remove(handle, found);
            return Optional.empty();
        }
        if (found.notice() != null) {
            held.replace(handle, found, new Held(found.code(), null, found.until()));
        }
        return Optional.of(found);
    }

    void forget(String handle) {
        held.remove(handle);
    }
}
