package nl.schakel.stacking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When soft signals about one subject add up to a notice for the officers.
 *
 * @param minSignals signals about the subject within the window
 * @param minReporters of which from at least this many distinct reporters
 * @param window how far back signals count
 * @param recent signals younger than this count fully in the stack score, older ones half
 */
@ConfigurationProperties("schakel.stacking.escalation")
public record EscalationProperties(@DefaultValue("3") int minSignals, @DefaultValue("2") int minReporters,
        @DefaultValue("365d") Duration window, @DefaultValue("90d") Duration recent) {
}
