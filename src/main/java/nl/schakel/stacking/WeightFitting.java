package nl.schakel.stacking;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schakel.stacking.Evidence.Field;
import nl.schakel.stacking.Evidence.Outcome;
import nl.schakel.stacking.MatchWeights.Level;

/**
 * Estimates the m- and u-probabilities of the comparison levels from the data, without labels, as Splink does:
 * u from pairs drawn at random (almost all two different people), m and the share of true pairs by
 * expectation–maximisation over the candidate pairs that retrieval finds (Fellegi–Sunter with conditional
 * independence). Only the fields every comparison reports are fitted (names, birth, sex, nationality, identity
 * number, residence); shared context and the swapped-name order keep their reasoned levels. A level never seen
 * keeps its previous estimate.
 */
public final class WeightFitting {

    /** The fields fitted: each comparison reports one level of each, or MISSING. */
    static final Set<Field> FITTED = EnumSet.of(Field.SURNAME, Field.GIVEN_NAME, Field.BIRTH, Field.SEX,
            Field.NATIONALITY, Field.IDENTITY, Field.RESIDENCE);

    private static final int ITERATIONS = 30;
    private static final double SMOOTHING = 0.5;
    private static final double FLOOR = 1e-4;

    private WeightFitting() {
    }

    /**
     * @param candidates the evidence of the candidate pairs retrieval found (true and false pairs mixed)
     * @param random     the evidence of pairs drawn at random
     * @param registrySize the persons known: a random pair is the same person about once in this many (prior odds)
     * @param start      the weights the evidence was scored with: the starting m, and the levels kept
     * @param version    the version the fitted weights carry
     */
    public static MatchWeights fit(List<List<Evidence>> candidates, List<List<Evidence>> random, long registrySize,
                                   MatchWeights start, String version) {
        Map<String, Double> u = frequencies(random, null);
        Map<String, Field> fieldOf = new HashMap<>();
        candidates.forEach(pair -> pair.stream().filter(WeightFitting::fitted).forEach(e -> fieldOf.put(e.reason(),
                e.field())));
        random.forEach(pair -> pair.stream().filter(WeightFitting::fitted).forEach(e -> fieldOf.put(e.reason(),
                e.field())));
        Map<String, Double> m = new HashMap<>();
        fieldOf.keySet().forEach(r -> m.put(r, start.levels().getOrDefault(r, new Level(0.1, 0.1)).m()));
        fieldOf.keySet().forEach(r -> u.putIfAbsent(r, FLOOR));
        double share = 0.3;
        double[] match = new double[candidates.size()];
        double[] different = new double[random.size()];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double priorOdds = Math.log(share / (1 - share));
            double total = 0;
            for (int i = 0; i < candidates.size(); i++) {
                match[i] = probability(candidates.get(i), priorOdds, m, u);
                total += match[i];
            }
            // A random pair of a small registry is sometimes the same person (1 in its size): u counts only the
            // pairs that are likely two people.
            double randomOdds = -Math.log(Math.max(2, registrySize));
            for (int i = 0; i < random.size(); i++) {
                different[i] = 1 - probability(random.get(i), randomOdds, m, u);
            }
            share = Math.min(0.999, Math.max(1e-6, total / Math.max(1, candidates.size())));
            m.putAll(frequencies(candidates, match));
            u.putAll(frequencies(random, different));
        }
        Map<String, Level> fitted = new HashMap<>();
        fieldOf.keySet().forEach(r -> fitted.put(r, new Level(Math.max(FLOOR, m.get(r)),
                Math.max(FLOOR / 100, u.get(r)))));
        return start.with(fitted, version);
    }

    private static double probability(List<Evidence> pair, double priorOdds, Map<String, Double> m,
                                      Map<String, Double> u) {
        double logOdds = priorOdds;
        for (Evidence e : pair) {
            if (fitted(e)) {
                logOdds += Math.log(m.get(e.reason()) / u.get(e.reason()));
            }
        }
        return 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, logOdds))));
    }

    /** Per level, its (weighted) share among the pairs where its field is not missing, smoothed. */
    private static Map<String, Double> frequencies(List<List<Evidence>> pairs, double[] weights) {
        Map<String, Double> byReason = new HashMap<>();
        Map<Field, Double> byField = new HashMap<>();
        Map<Field, Set<String>> levels = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            double w = weights == null ? 1 : weights[i];
            for (Evidence e : pairs.get(i)) {
                if (fitted(e)) {
                    byReason.merge(e.reason(), w, Double::sum);
                    byField.merge(e.field(), w, Double::sum);
                    levels.computeIfAbsent(e.field(), f -> new java.util.HashSet<>()).add(e.reason());
                }
            }
        }
        Map<String, Double> shares = new HashMap<>();
        double smoothing = weights == null ? SMOOTHING : SMOOTHING / 100;
        levels.forEach((field, reasons) -> reasons.forEach(r -> shares.put(r,
                (byReason.get(r) + smoothing) / (byField.get(field) + smoothing * reasons.size()))));
        return shares;
    }

    private static boolean fitted(Evidence e) {
        return FITTED.contains(e.field()) && e.outcome() != Outcome.MISSING;
    }
}
