package nl.schakel.stacking;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import nl.schakel.stacking.registry.Review;
import org.springframework.stereotype.Service;

/**
 * How many proposed person links wait for an officer's review (issue 11), for the start page and the workbench: a
 * count only. A proposal counts for the organisation that holds its signal, and only when the officer may review
 * it ({@link StackLens}): one with a person known at another organisation is a contact, not a review.
 */
@Service
public class ProposalsAwaitingReview {

    /** Beyond this many open proposals in a region the count stops (and says "at least"). */
    static final int LIMIT = 500;

    private final Review review;
    private final Signals signals;
    private final StackLens lens;

    ProposalsAwaitingReview(Review review, Signals signals, StackLens lens) {
        this.review = review;
        this.signals = signals;
        this.lens = lens;
    }

    /** The number of open proposals this officer may review; zero for anyone who is not a designated officer. */
    public int count(SchakelUser officer) {
        return reviewable(officer).size();
    }

    /**
     * The signals with at least one open proposal this officer may review (the workbench's bucket "Voorstellen te
     * beoordelen"); empty for anyone who is not a designated officer.
     */
    public Set<SignalId> signals(SchakelUser officer) {
        return reviewable(officer).stream().map(p -> new SignalId(p.signalId())).collect(Collectors.toSet());
    }

    private List<Review.Open> reviewable(SchakelUser officer) {
        if (!officer.hasRole(Role.DESIGNATED_OFFICER)) {
            return List.of();
        }
        List<Review.Open> open = review.openInRegion(officer.regionId(), LIMIT);
        if (open.isEmpty()) {
            return List.of();
        }
        Set<UUID> held = signals.holders(open.stream().map(Review.Open::signalId).collect(Collectors.toSet()))
                .stream().filter(h -> h.receivingOrganisationId().equals(officer.organisationId()))
                .map(h -> h.id().value()).collect(Collectors.toSet());
        return open.stream().filter(p -> held.contains(p.signalId()))
                .filter(p -> lens.mayReview(officer.organisationId(), p.subjectId(), p.candidateId())).toList();
    }
}
