package nl.schakel.stacking.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.schakel.stacking.MatchScore.Decision;

/**
 * Evaluate's dedup mode (issue 11): one file, its records inserted one at a time in file order and linked the way
 * the application links (the best-scoring candidate at LINK joins its person; otherwise a new person), then
 * pairwise precision, recall and F1 over all pairs within the clusters found against the true clusters, and the
 * number of clusters. With {@code --duke}, Duke deduplicates the same rows and is scored the same way (its pairs
 * closed transitively into clusters).
 */
final class Dedup {

    private Dedup() {
    }

    static void run(List<PersonRow> rows, Map<String, String> options) throws Exception {
        Map<String, Integer> trueClusters = new HashMap<>();
        rows.forEach(r -> trueClusters.merge(r.cluster(), 1, Integer::sum));
        long truePairs = trueClusters.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .mapToLong(e -> pairs(e.getValue())).sum();
        if (truePairs == 0) {
            throw new Mapping.Refused("the truth column yields no true pair within the file: map --truth (and "
                    + "--truth-regex) to what identifies a person");
        }
        LocalDate signalDate = LocalDate.parse(options.getOrDefault("signal-date", "2026-03-01"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "2"));
        nl.schakel.stacking.MatchWeights weights = Fit.weights(rows, rows, signalDate, options);
        int[] found = null;
        long nanos = 0;
        int proposals = 0;
        for (int run = 1; run <= runs; run++) {   // the earlier runs warm up the JIT; the last one counts
            InMemoryRegistry registry = new InMemoryRegistry(signalDate);
            registry.weigh(weights);
            int[] cluster = new int[rows.size()];
            proposals = 0;
            long start = System.nanoTime();
            for (int i = 0; i < rows.size(); i++) {
                List<InMemoryRegistry.Scored> scored = registry.match(rows.get(i));
                Optional<InMemoryRegistry.Scored> best = scored.stream()
                        .max(java.util.Comparator.comparingDouble(s -> s.score().weight()));
                // A linked record joins the cluster of the record it was linked to (positions are file order).
                cluster[i] = best.filter(s -> s.score().decision() == Decision.LINK).map(s -> cluster[s.reference()])
                        .orElse(i);
                proposals += best.filter(s -> s.score().decision() == Decision.PROPOSE).isPresent() ? 1 : 0;
                registry.add(rows.get(i));
            }
            nanos = System.nanoTime() - start;
            found = cluster;
        }
        System.out.printf("Dedup of %,d records (%,d true clusters, %,d true pairs); %d cores, Java %s%n",
                rows.size(), trueClusters.size(), truePairs, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<String> clusterOf = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            clusterOf.add(String.valueOf(found[i]));
        }
        print("Ours (online, file order, LINK joins)", rows, clusterOf, truePairs, nanos);
        System.out.printf("Records proposed (PROPOSE, not linked): %,d%n", proposals);
        if (options.containsKey("duke")) {
            Baseline duke = (Baseline) Class.forName("nl.schakel.stacking.bench.DukeBaseline")
                    .getDeclaredConstructor().newInstance();
            Baseline.Outcome outcome = duke.deduplicate(rows);
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                position.put(rows.get(i).id(), i);
            }
            int[] parent = new int[rows.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (String pair : outcome.links()) {
                String[] ids = pair.split("\\|");
                parent[root(parent, position.get(ids[0]))] = root(parent, position.get(ids[1]));
            }
            List<String> dukeClusters = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                dukeClusters.add(String.valueOf(root(parent, i)));
            }
            print("Duke 1.2 (" + outcome.configuration() + ")", rows, dukeClusters, truePairs, outcome.nanos());
            System.out.printf("Time ours/Duke = %.3f%n", (double) nanos / outcome.nanos());
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void print(String label, List<PersonRow> rows, List<String> clusterOf, long truePairs,
            long nanos) {
        Map<String, Integer> found = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            found.merge(clusterOf.get(i), 1, Integer::sum);
            if (!rows.get(i).cluster().isEmpty()) {
                both.merge(clusterOf.get(i) + "\u0000" + rows.get(i).cluster(), 1, Integer::sum);
            }
        }
        long predicted = found.values().stream().mapToLong(Dedup::pairs).sum();
        long tp = both.values().stream().mapToLong(Dedup::pairs).sum();
        System.out.printf("%n== %s%n", label);
        if (tp == 0) {
            System.out.printf("No true positive: precision, recall and F1 are not defined (pairs found %,d)%n",
                    predicted);
        } else {
            double precision = (double) tp / predicted;
            double recall = (double) tp / truePairs;
            System.out.printf("Pairwise precision %.4f, recall %.4f, F1 %.4f (TP %,d, FP %,d, FN %,d)%n", precision,
                    recall, 2 * precision * recall / (precision + recall), tp, predicted - tp, truePairs - tp);
        }
        System.out.printf("Clusters found %,d; time %,.0f ms (%,.0f records/s)%n", found.size(), nanos / 1e6,
                rows.size() / (nanos / 1e9));
    }

    private static long pairs(int n) {
        return (long) n * (n - 1) / 2;
    }
}
