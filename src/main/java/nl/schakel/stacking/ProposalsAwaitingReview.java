package nl.schakel.stacking;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.signal.SignalId;
import nl.schakel.stacking.registry.ReviewQueue;
import org.springframework.stereotype.Service;

/**
 * What proposed person links wait for an officer's review (issues 11 and 16), for the start page and the
 * workbench's bucket "Voorstellen te beoordelen": counts and signals only. A proposal counts for the organisation
 * that holds its signal, and only when the officer may review it by the rule of {@link StackLens} (one with a person
 * known at another organisation is a contact, not a review); the database counts, by organisation
 * ({@link ReviewQueue}).
 */
@Service
public class ProposalsAwaitingReview {

    private final ReviewQueue queue;

    ProposalsAwaitingReview(ReviewQueue queue) {
        this.queue = queue;
    }

    /** The number of open proposals this officer may review; zero for anyone who is not a designated officer. */
    public int count(SchakelUser officer) {
        return reviewable(officer).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The signals with at least one open proposal this officer may review; none for anyone else. */
    public Set<SignalId> signals(SchakelUser officer) {
        return reviewable(officer).keySet().stream().map(SignalId::new).collect(Collectors.toSet());
    }

    private Map<UUID, Integer> reviewable(SchakelUser officer) {
        return officer.hasRole(Role.DESIGNATED_OFFICER) ? queue.reviewableBy(officer.organisationId()) : Map.of();
    }
}
