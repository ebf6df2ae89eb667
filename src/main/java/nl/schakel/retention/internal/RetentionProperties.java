package nl.schakel.retention.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of retention.
 *
 * @param fourEyes whether a batch waits for an administrator's approval before it runs
 * @param cron when the nightly job runs ({@code -} turns the schedule off)
 */
@ConfigurationProperties("schakel.retention")
public record RetentionProperties(@DefaultValue("false") boolean fourEyes, @DefaultValue("0 30 2 * * *") String cron) {
}
