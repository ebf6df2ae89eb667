package nl.schakel.handling.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.handling.OpenReferrals;
import nl.schakel.handling.ReferralCounts;
import nl.schakel.routing.Referrals;
import nl.schakel.signal.SignalId;
import org.springframework.stereotype.Component;

/** The handling's view of the referrals: counts only, through the routing module's facade. */
@Component
class RoutingReferrals implements OpenReferrals, ReferralCounts {

    private final Referrals referrals;

    RoutingReferrals(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public boolean anyOpen(SignalId signal) {
        return referrals.hasOpen(signal);
    }

    @Override
    public Map<UUID, Tally> tallies(UUID sendingOrganisation, Collection<UUID> signals) {
        Map<UUID, Tally> tallies = new HashMap<>();
        referrals.tallies(sendingOrganisation, signals.stream().map(SignalId::new).toList())
                .forEach((signal, tally) -> tallies.put(signal.value(), new Tally(tally.open(), tally.overdue())));
        return tallies;
    }
}
