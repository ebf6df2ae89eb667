package nl.schakel.routing.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing settings.
 *
 * @param baseUrl Schakel's address as partners reach it, for secure links and e-mails
 * @param linkValidity how long a secure link for a partner without an account works
 * @param mailFrom sender of the e-mail that carries a secure link
 */
@ConfigurationProperties("schakel.routing")
public record RoutingProperties(@DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("14d") Duration linkValidity, @DefaultValue("schakel@localhost") String mailFrom) {
}
