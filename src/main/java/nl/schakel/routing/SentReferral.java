package nl.schakel.routing;

import org.jspecify.annotations.Nullable;

/**
 * A referral just sent.
 *
 * @param secureLink for a partner without an account: the link to pass on, shown to the officer this once
 */
public record SentReferral(ReferralId id, String partnerName, @Nullable String secureLink) {
}
