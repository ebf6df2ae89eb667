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

    /** The registry size the thresholds were set for (the generator's benchmark at 10^5 persons). */
    public static final long SET_FOR_PERSONS = 100_000;

    /**
     * These thresholds for a registry of this many persons: the prior odds that two records are the same person
     * fall as the registry grows (1 : its size), so a link needs log2(persons / {@link #SET_FOR_PERSONS}) bits
     * more above that size; proposals are unchanged (a person decides them).
     */
    public MatchThresholds forRegistry(long persons) {
        double more = Math.log((double) persons / SET_FOR_PERSONS) / Math.log(2);
        return more <= 0 ? this : new MatchThresholds(linkAt + more, proposeAt);
    }

    MatchScore.Decision decide(double weight) {
        if (weight >= linkAt) {
            return MatchScore.Decision.LINK;
        }
        return weight >= proposeAt ? MatchScore.Decision.PROPOSE : MatchScore.Decision.NEW;
    }
}
