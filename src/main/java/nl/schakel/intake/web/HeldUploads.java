package nl.schakel.intake.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import nl.schakel.attachments.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The files a reporter chose on the public form's upload page, held in this process's memory until the check page
 * sends them (decision 0027): a file input cannot travel in hidden fields, and the anonymous pages have no session.
 * The page carries only a random token (256 bits) in a POST field, never in a URL; the files are gone after
 * sending, after {@link #LIFETIME}, or when the reporter chooses others. Nothing is written to disk or logged.
 * Bounded: when the total would exceed {@link #CAPACITY_BYTES}, expired holdings are dropped first, and if that
 * is not enough the files are refused (the reporter is asked to try again without them).
 */
@Component
class HeldUploads {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final long CAPACITY_BYTES = 256L * 1024 * 1024;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private record Held(List<Upload> files, long bytes, Instant until) {
    }

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    HeldUploads(Clock clock) {
        this.clock = clock;
    }

    /** Holds these files instead of the ones the token held before; empty when there is no room. */
    synchronized Optional<String> hold(List<Upload> files, @Nullable String previous) {
        if (previous != null) {
            held.remove(previous);
        }
        long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
        Instant now = clock.instant();
        if (total() + bytes > CAPACITY_BYTES) {
            held.values().removeIf(h -> !h.until().isAfter(now));
        }
        if (total() + bytes > CAPACITY_BYTES) {
            return Optional.empty();
        }
        byte[] token = new byte[32];
        random.nextBytes(token);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        held.put(handle, new Held(List.copyOf(files), bytes, now.plus(LIFETIME)));
        return Optional.of(handle);
    }

    /** The files held under this token, while it lives. */
    List<Upload> files(@Nullable String token) {
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            return List.of();
        }
        Held found = held.get(token);
        if (found == null || !found.until().isAfter(clock.instant())) {
            return List.of();
        }
        return found.files();
    }

    /** The names of the files held, to show the reporter what goes along. */
    List<String> names(@Nullable String token) {
        return files(token).stream().map(Upload::filename).toList();
    }

    void forget(@Nullable String token) {
        if (token != null) {
            held.remove(token);
        }
    }

    private long total() {
        return held.values().stream().mapToLong(Held::bytes).sum();
    }
}
