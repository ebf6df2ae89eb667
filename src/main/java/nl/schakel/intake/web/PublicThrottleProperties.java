package nl.schakel.intake.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public pages (the number of signals per source is {@code schakel.intake.signals-per-source}).
 *
 * @param floodThreshold public sends per 10 minutes, all sources together, from which new senders are
 *     asked for a proof of work (nobody is ever refused because of this number)
 * @param proofBits the leading zero bits the proof of work asks for (each bit doubles the work)
 * @param proofWait how long a reporter without JavaScript waits instead of computing
 * @param proofLifetime how long a challenge can be used
 * @param lookupsPerSource failed receipt-code look-ups per source per 15 minutes
 * @param lookupsPerPrefix failed look-ups per receipt-code prefix (the part that selects the row) per 15 minutes
 */
@ConfigurationProperties("schakel.intake.throttle")
record PublicThrottleProperties(
        @DefaultValue("50") int floodThreshold,
        @DefaultValue("15") int proofBits,
        @DefaultValue("30s") Duration proofWait,
        @DefaultValue("10m") Duration proofLifetime,
        @DefaultValue("5") int lookupsPerSource,
        @DefaultValue("5") int lookupsPerPrefix) {
}
