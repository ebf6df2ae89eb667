package nl.schakel.access.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guessing protection per source, on top of the per-account lockout ({@link LoginProperties#maxFailures()}).
 *
 * @param failuresPerSource failed logins one source (network address, IPv6 /64) may make per window
 *     before it is answered 429 without the password being checked
 * @param window the window in which they are counted (one comes back every window / failuresPerSource)
 */
@ConfigurationProperties("schakel.login.throttle")
public record LoginThrottleProperties(
        @DefaultValue("30") int failuresPerSource,
        @DefaultValue("15m") Duration window) {
}
