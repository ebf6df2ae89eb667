package nl.schakel.intake.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import nl.schakel.intake.IntakeProperties;
import org.springframework.stereotype.Component;

/**
 * Abuse protection for the public pages without tracking anyone: failed receipt-code look-ups and
 * sent signals are counted per hashed source, in memory only (see {@link SourceThrottle}).
 */
@Component
class IntakeThrottles {

    private final SourceThrottle failedLookups;
    private final SourceThrottle sentSignals;

    IntakeThrottles(Clock clock, IntakeProperties properties) {
        this.failedLookups = new SourceThrottle(5, 200, Duration.ofMinutes(15), clock);
        this.sentSignals = new SourceThrottle(properties.signalsPerSource(), 100 * properties.signalsPerSource(),
                Duration.ofMinutes(10), clock);
    }

    SourceThrottle failedLookups() {
        return failedLookups;
    }

    SourceThrottle sentSignals() {
        return sentSignals;
    }

    /** The network address, used only as the input of an in-memory keyed hash and then forgotten. */
    static String source(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
