package nl.schakel.handling;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the handling.
 *
 * @param retention how long a signal is kept after it ended, per outcome (e.g.
 *     {@code schakel.handling.retention.no-trafficking=P1Y}); the purge itself is a later step
 * @param riskFactorsFrom the proposal's score from which risk factors are proposed
 * @param possibleFrom the score from which "possible trafficking" is proposed
 * @param traffickingFrom the score from which "trafficking" is proposed
 */
@ConfigurationProperties("schakel.handling")
public record HandlingProperties(Map<ClosingOutcome, Period> retention,
        @DefaultValue("1") int riskFactorsFrom, @DefaultValue("6") int possibleFrom,
        @DefaultValue("12") int traffickingFrom) {

    private static final Map<ClosingOutcome, Period> DEFAULT_RETENTION = Map.of(
            ClosingOutcome.HANDED_OVER, Period.ofYears(5),
            ClosingOutcome.NO_TRAFFICKING, Period.ofYears(1),
            ClosingOutcome.INSUFFICIENT_INFORMATION, Period.ofYears(2),
            ClosingOutcome.MERGED, Period.ofYears(5),
            ClosingOutcome.WITHDRAWN, Period.ofYears(1));

    public HandlingProperties {
        Map<ClosingOutcome, Period> merged = new EnumMap<>(DEFAULT_RETENTION);
        if (retention != null) {
            merged.putAll(retention);
        }
        retention = Map.copyOf(merged);
    }

    public Period retentionOf(ClosingOutcome outcome) {
        return retention.get(outcome);
    }
}
