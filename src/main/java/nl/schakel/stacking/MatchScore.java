package nl.schakel.stacking;

import java.util.List;

/**
 * The outcome of comparing two persons: the total weight, the evidence it is the sum of, and the decision.
 *
 * @param weight   the sum of the evidence weights; the higher, the likelier the same person
 * @param evidence every comparison made, in a fixed order, missing ones included
 * @param decision what to do with the pair at the thresholds used
 */
public record MatchScore(double weight, List<Evidence> evidence, Decision decision) {

    public enum Decision {
        /** Link automatically: as good as certain the same person. */
        LINK,
        /** Propose the link to a person who decides. */
        PROPOSE,
        /** Treat as another person. */
        NEW
    }

    public MatchScore {
        evidence = List.copyOf(evidence);
    }
}
