package nl.schakel.notifications;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings; e-mail is sent only when {@code spring.mail.host} is configured.
 *
 * @param from the sender address
 * @param baseUrl Schakel's address as users reach it, for the link in the e-mail
 */
@ConfigurationProperties("schakel.notifications")
public record NotificationProperties(@DefaultValue("schakel@localhost") String from,
        @DefaultValue("http://localhost:8080") URI baseUrl) {
}
