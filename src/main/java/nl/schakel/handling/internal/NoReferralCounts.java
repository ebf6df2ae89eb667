package nl.schakel.handling.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import nl.schakel.handling.ReferralCounts;
import org.springframework.stereotype.Component;

/** Until referrals exist, nothing waits for a partner. */
@Component
class NoReferralCounts implements ReferralCounts {

    @Override
    public Map<UUID, Tally> tallies(UUID sendingOrganisation, Collection<UUID> signals) {
        return Map.of();
    }
}
