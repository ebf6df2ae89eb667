package nl.schakel.cases;

import java.util.List;
import java.util.UUID;

import nl.schakel.signal.SignalId;

/**
 * Port: another module puts a warning on a case page about the people in the case's signals (the care module's
 * non-punishment flag, issue 13), without cases depending on it. Implementations answer message keys only.
 */
public interface CaseBanners {

    /** The banners for a case that took in these signals, in the case's region. */
    List<Banner> forSignals(UUID regionId, List<SignalId> signals);

    /** One banner: the text {@code messageKey} with the text of {@code argumentKey} as its argument. */
    record Banner(String messageKey, String argumentKey) {
    }
}
