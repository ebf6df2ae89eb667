package nl.schakel.handling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the handling. How long a closed signal is kept is not one of them: the retention policies are the one
 * source (issue 15, {@code retention.RetentionPeriods}).
 *
 * @param riskFactorsFrom the proposal's score from which risk factors are proposed
 * @param possibleFrom the score from which "possible trafficking" is proposed
 * @param traffickingFrom the score from which "trafficking" is proposed
 */
@ConfigurationProperties("schakel.handling")
public record HandlingProperties(@DefaultValue("1") int riskFactorsFrom, @DefaultValue("6") int possibleFrom,
        @DefaultValue("12") int traffickingFrom) {
}
