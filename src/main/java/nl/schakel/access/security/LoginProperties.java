package nl.schakel.access.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guessing protection and session limits.
 *
 * @param maxFailures failed logins in a row after which an account is locked
 * @param lockDuration how long a locked account stays locked
 * @param absoluteSessionTimeout how long a session may live however active it is
 */
@ConfigurationProperties("schakel.login")
public record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("8h") Duration absoluteSessionTimeout) {
}
