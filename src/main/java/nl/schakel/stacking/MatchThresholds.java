package nl.schakel.stacking;

/**
 * Where the total weight turns into a decision: at or above {@code linkAt} LINK, at or above {@code proposeAt}
 * PROPOSE, else NEW.
 */
public record MatchThresholds(double linkAt, double proposeAt) {

    /**
     * The defaults. 20 needs a name agreement plus strong independent evidence (an exact date of birth, a
     * shared phone number); 8 is reached by an agreeing surname with an agreeing or compatible first name, but
     * not when the birth years are far apart. Tune them on reviewed pairs once the registry has them.
     */
    public static final MatchThresholds DEFAULTS = new MatchThresholds(20, 8);

    public MatchThresholds {
        if (proposeAt > linkAt) {
            throw new IllegalArgumentException("proposeAt must not exceed linkAt");
        }
    }

    MatchScore.Decision decide(double weight) {
        if (weight >= linkAt) {
            return MatchScore.Decision.LINK;
        }
        return weight >= proposeAt ? MatchScore.Decision.PROPOSE : MatchScore.Decision.NEW;
    }
}
