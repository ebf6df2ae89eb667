package nl.schakel.stacking.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.schakel.stacking.Evidence;
import nl.schakel.stacking.MatchWeights;
import nl.schakel.stacking.WeightFitting;

/**
 * Evaluate's {@code --fit} and {@code --tf} (issue 11, weights learned from the data): the weights are fitted on
 * the data being evaluated, without its truth, as the application would fit them on its own registry: u from
 * random pairs of a reference row and a query row, m by EM over the candidate pairs retrieval finds for the
 * queries. With {@code --tf}, agreeing surnames and given names weigh by how common the value is in the reference.
 */
final class Fit {

    private static final int RANDOM_PAIRS = 200_000;

    private Fit() {
    }

    /** The weights to score with, as the options ask; printed when they are not the defaults. */
    static MatchWeights weights(List<PersonRow> reference, List<PersonRow> queries, LocalDate signalDate,
                                Map<String, String> options) {
        InMemoryRegistry registry = new InMemoryRegistry(signalDate);
        reference.forEach(registry::add);
        MatchWeights weights = options.containsKey("tf")
                ? MatchWeights.DEFAULTS.withFrequencies(registry.frequencies()) : MatchWeights.DEFAULTS;
        if (!options.containsKey("fit")) {
            return weights;
        }
        registry.weigh(weights);
        List<List<Evidence>> candidates = new ArrayList<>();
        for (PersonRow query : queries) {
            registry.match(query).stream().filter(s -> !registry.entry(s.reference()).id().equals(query.id()))
                    .forEach(s -> candidates.add(s.score().evidence()));
        }
        Random random = new Random(1);
        List<List<Evidence>> randomPairs = new ArrayList<>();
        List<InMemoryRegistry.Entry> queryEntries = queries.stream().map(registry::entry).toList();
        for (int i = 0; i < RANDOM_PAIRS; i++) {
            randomPairs.add(registry.compare(queryEntries.get(random.nextInt(queryEntries.size())),
                    registry.entry(random.nextInt(registry.size()))).evidence());
        }
        long start = System.nanoTime();
        MatchWeights fitted = WeightFitting.fit(candidates, randomPairs, registry.size(), weights, "em");
        System.out.printf("Weights fitted by EM on %,d candidate pairs and %,d random pairs in %,.0f ms:%n",
                candidates.size(), randomPairs.size(), (System.nanoTime() - start) / 1e6);
        fitted.levels().entrySet().stream().filter(e -> !MatchWeights.DEFAULTS.levels().get(e.getKey())
                        .equals(e.getValue())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-40s m %.4f u %.6f weight %+.1f (default %+.1f)%n", e.getKey(),
                        e.getValue().m(), e.getValue().u(), e.getValue().weight(),
                        MatchWeights.DEFAULTS.weight(e.getKey())));
        return fitted;
    }
}
