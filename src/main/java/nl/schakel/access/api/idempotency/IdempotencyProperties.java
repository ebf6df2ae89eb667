package nl.schakel.access.api.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the REST API remembers an {@code Idempotency-Key}.
 *
 * @param retention how long a key and its first answer are kept; a retry after that counts as a new request
 * @param abandonedAfter how long a request may stay unfinished before its key may be used again (a crashed
 *     instance must not block a key for the whole retention)
 */
@ConfigurationProperties("schakel.api.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention,
        @DefaultValue("5m") Duration abandonedAfter) {
}
