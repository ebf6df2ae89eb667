package nl.schakel.handling;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** How many referrals of each signal still wait for a partner, and how many of those are overdue. */
public interface ReferralCounts {

    record Tally(int open, int overdue) {
        public static final Tally NONE = new Tally(0, 0);
    }

    Map<UUID, Tally> tallies(UUID sendingOrganisation, Collection<UUID> signals);
}
