package nl.schakel.routing;

import java.util.List;
import java.util.UUID;

import nl.schakel.signal.SignalId;

/**
 * Port: another module puts a warning on the police's page of a referral about a signal (the care module's
 * non-punishment flag, issue 13), without routing depending on it. Implementations answer message keys only.
 */
public interface ReferralBanners {

    /** The banners for a referral of this signal, in the region of the referral. */
    List<Banner> forSignal(UUID regionId, SignalId signal);

    /**
     * One banner: the text {@code messageKey} with the text of {@code argumentKey} as its argument.
     */
    record Banner(String messageKey, String argumentKey) {
    }
}
