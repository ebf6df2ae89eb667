package nl.schakel.stacking;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The m- and u-probability of every comparison level, by the reason code its {@link Evidence} carries, from which
 * {@link PersonMatcher} takes each field's weight log2(m/u). {@link #DEFAULTS} are the reasoned estimates of
 * {@link Weights}; {@link WeightFitting} estimates them from the data (EM, as Splink does), and {@code version} says
 * which set scored a pair. With {@link TermFrequencies}, an agreeing surname or given name weighs by how common
 * that value is (a common surname counts less than a rare one). Immutable.
 *
 * @param levels      reason code → level; a code without a level weighs 0
 * @param version     "defaults", or what fitted the levels
 * @param frequencies how common name values are, or null to use the level's average u
 */
public record MatchWeights(Map<String, Level> levels, String version, @Nullable TermFrequencies frequencies) {

    /** The chance of a level when two records are the same person (m) and when they are two people (u). */
    public record Level(double m, double u) {
        public double weight() {
            return Math.log(m / u) / Math.log(2);
        }
    }

    /** How common a name value is among the persons of a registry, as a share (0–1); NaN when not known. */
    public interface TermFrequencies {
        double surname(String surnameKey);

        double givenName(String givenName);
    }

    /** A share below this is not trusted (a value seen once in a small registry). */
    private static final double MIN_SHARE = 1e-5;

    public static final MatchWeights DEFAULTS = new MatchWeights(Weights.BY_REASON, "defaults", null);

    public MatchWeights {
        levels = Map.copyOf(levels);
    }

    /** The weight of a level; 0 for a code without one (a missing value, a decision rule). */
    public double weight(String reason) {
        Level level = levels.get(reason);
        return level == null ? 0 : level.weight();
    }

    /**
     * The weight of an agreeing name value: with term frequencies, log2(m / share of the value), else the level's
     * average weight.
     */
    double agreeing(String reason, String value, boolean surname) {
        Level level = levels.get(reason);
        if (level == null || frequencies == null) {
            return weight(reason);
        }
        double share = surname ? frequencies.surname(value) : frequencies.givenName(value);
        return Double.isNaN(share) ? level.weight() : Math.log(level.m() / Math.max(share, MIN_SHARE)) / Math.log(2);
    }

    /** These weights with some levels replaced (fitted), under a new version. */
    public MatchWeights with(Map<String, Level> replaced, String newVersion) {
        Map<String, Level> all = new LinkedHashMap<>(levels);
        all.putAll(replaced);
        return new MatchWeights(all, newVersion, frequencies);
    }

    /** These weights, with agreeing names weighed by how common they are. */
    public MatchWeights withFrequencies(@Nullable TermFrequencies termFrequencies) {
        return new MatchWeights(levels, version, termFrequencies);
    }
}
