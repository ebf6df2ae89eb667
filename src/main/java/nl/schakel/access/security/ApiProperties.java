package nl.schakel.access.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the {@code /api} REST API.
 *
 * @param maxBodySize the largest request body accepted; larger ones are refused with 413 before they are read
 */
@ConfigurationProperties("schakel.api")
public record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
