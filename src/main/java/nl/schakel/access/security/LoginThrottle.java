package nl.schakel.access.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import nl.schakel.access.SourceThrottle;
import org.springframework.stereotype.Component;

/**
 * Failed logins per source, in memory ({@link SourceThrottle}: a token bucket per keyed hash of the network
 * address, IPv6 per /64). An attempt takes a token before the password is checked (one atomic step, so
 * parallel attempts cannot slip past); a successful login gives it back. Nothing is stored, logged or global:
 * one source running dry never affects another.
 */
@Component
class LoginThrottle {

    private final Clock clock;
    private final LoginThrottleProperties properties;
    private volatile SourceThrottle failures;

    LoginThrottle(Clock clock, LoginThrottleProperties properties) {
        this.clock = clock;
        this.properties = properties;
        this.failures = new SourceThrottle(properties.failuresPerSource(), properties.window(), clock);
    }

    /** Takes one attempt from this source's allowance, if it has one left (one atomic step). */
    boolean tryAcquire(String source) {
        return failures.tryAcquire(source);
    }

    /** A successful login does not count against its source. */
    void release(String source) {
        failures.release(source);
    }

    long retryAfterSeconds() {
        return failures.retryAfterSeconds();
    }

    /** Tests only: forgets every count and allows this many failures per source. */
    void resetWith(int failuresPerSource) {
        failures = new SourceThrottle(failuresPerSource, properties.window(), clock);
    }

    /** Forgets every count and goes back to the configured limit. */
    void reset() {
        resetWith(properties.failuresPerSource());
    }

    /** The network address (IPv6: its /64), only as the input of the keyed hash. */
    static String source(HttpServletRequest request) {
        return SourceThrottle.source(request);
    }
}
