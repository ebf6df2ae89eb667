package nl.schakel.stacking.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.MatchWeights;
import nl.schakel.stacking.MatchScore.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates our matcher (and Duke with {@code --duke}) on a reference CSV and a query CSV with ground truth:
 * a query and a reference row are the same person when their truth columns are equal (an empty query truth
 * matches nothing). Prints precision, recall and F1 of the LINK decisions, the PROPOSE band, pair completeness
 * of candidate retrieval, candidates per query, false links of absent persons, latency and throughput.
 * <p>
 * {@code Evaluate --ref ref.csv --query query.csv [--map given=given_name,surname=surname,...]
 * [--truth cluster] [--signal-date 2026-03-01] [--runs 2] [--duke] [--duke-runs 1] [--examples 10]}.
 * Of several runs the last is reported; the earlier ones warm up the JIT.
 */
public final class Evaluate {

    /** Logical field → column; the defaults are the columns {@link Generate} writes. */
    private static final Map<String, String> DEFAULT_MAP = Mapping.DEFAULTS;

    public static void main(String[] args) throws Exception {
        try {
            run(Args.parse(args));
        } catch (Mapping.Refused refused) {
            System.out.println("Refused: " + refused.getMessage());
            System.exit(2);
        }
    }

    static void run(Map<String, String> options) throws Exception {
        Mapping mapping = Mapping.of(options);
        if (options.containsKey("dedup")) {
            Dedup.run(mapping.load(Path.of(options.get("dedup"))), options);
            return;
        }
        LocalDate signalDate = LocalDate.parse(options.getOrDefault("signal-date", "2026-03-01"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "2"));
        List<PersonRow> reference = only(mapping.load(Path.of(options.get("ref"))), options.get("ref-match"));
        List<PersonRow> queries = only(mapping.load(Path.of(options.get("query"))), options.get("query-match"));
        Truth truth = new Truth(reference, queries);
        if (truth.truePairs == 0) {
            throw new Mapping.Refused("the truth column \"" + mapping.columns().get("cluster") + "\" yields no true "
                    + "pair between the reference and the queries: map --truth to the column that identifies a person");
        }
        System.out.printf("Reference %,d rows, queries %,d (%,d should match, %,d should match nothing); "
                        + "%d cores, max heap %,d MB, Java %s%n", reference.size(), queries.size(),
                queries.size() - truth.absent(), truth.absent(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        MatchWeights weights = Fit.weights(reference, queries, signalDate, options);
        OursRun ours = null;
        for (int run = 1; run <= runs; run++) {
            ours = runOurs(reference, queries, signalDate, weights);   // earlier runs warm up the JIT; the last one counts
        }
        ours.print(truth);
        if (options.containsKey("examples")) {
            ours.printExamples(truth, Integer.parseInt(options.get("examples")));
            ours.printNotRetrieved(truth, Integer.parseInt(options.get("examples")));
        }

        if (options.containsKey("duke")) {
            Baseline duke;
            try {
                duke = (Baseline) Class.forName("nl.schakel.stacking.bench.DukeBaseline").getDeclaredConstructor()
                        .newInstance();
            } catch (ClassNotFoundException e) {
                System.out.println("Duke baseline not compiled: run with -Pbenchmark test-compile (src/bench/java).");
                return;
            }
            Baseline.Outcome outcome = null;
            int dukeRuns = Integer.parseInt(options.getOrDefault("duke-runs", "1"));
            for (int run = 1; run <= dukeRuns; run++) {
                outcome = duke.link(reference, queries);
            }
            System.out.printf("%n== Duke 1.2 (%s)%n", outcome.configuration());
            Quality dukeQuality = truth.quality(outcome.links());
            dukeQuality.print("Duke matches (link threshold)");
            System.out.printf("Duke maybe band: %,d pairs, %,d of them true%n", outcome.maybes().size(),
                    outcome.maybes().stream().filter(truth::isTrue).count());
            System.out.printf("Duke time: %,.0f ms (index %,d + link %,d queries), %,.0f queries/s%n",
                    outcome.nanos() / 1e6, reference.size(), queries.size(), queries.size() / (outcome.nanos() / 1e9));
            Quality oursQuality = truth.quality(ours.links);
            System.out.printf("%n== Side by side (same run, same data, single thread each)%n");
            System.out.printf("F1 ours %.4f vs Duke %.4f: difference %+.4f%n", oursQuality.f1(), dukeQuality.f1(),
                    oursQuality.f1() - dukeQuality.f1());
            System.out.printf("Precision ours %.4f vs Duke %.4f; recall ours %.4f vs Duke %.4f%n",
                    oursQuality.precision(), dukeQuality.precision(), oursQuality.recall(), dukeQuality.recall());
            System.out.printf("Time (index + all queries) ours %,.0f ms vs Duke %,.0f ms: ours/Duke = %.3f%n",
                    ours.totalNanos() / 1e6, outcome.nanos() / 1e6, (double) ours.totalNanos() / outcome.nanos());
        }
    }

    private static OursRun runOurs(List<PersonRow> reference, List<PersonRow> queries, LocalDate signalDate,
                                   MatchWeights weights) {
        InMemoryRegistry registry = new InMemoryRegistry(signalDate);
        registry.weigh(weights);
        long start = System.nanoTime();
        reference.forEach(registry::add);
        long buildNanos = System.nanoTime() - start;
        OursRun run = new OursRun(registry, queries.size(), buildNanos);
        reference.forEach(r -> run.rows.put(r.id(), r));
        long queryStart = System.nanoTime();
        for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            List<InMemoryRegistry.Scored> scored = registry.match(queries.get(i));
            run.latencies[i] = System.nanoTime() - t0;
            run.record(queries.get(i), scored);
        }
        run.queryNanos = System.nanoTime() - queryStart;
        return run;
    }

    /** The rows whose id matches a regular expression (all rows without one): to split one file in two. */
    private static List<PersonRow> only(List<PersonRow> rows, @Nullable String regex) {
        if (regex == null) {
            return rows;
        }
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
        return rows.stream().filter(r -> pattern.matcher(r.id()).find()).toList();
    }

    /** A CSV as {@link Generate} writes it. */
    static List<PersonRow> load(Path file) throws IOException {
        Map<String, String> map = new HashMap<>(DEFAULT_MAP);
        map.put("cluster", "cluster");
        return load(file, map);
    }

    private static List<PersonRow> load(Path file, Map<String, String> map) throws IOException {
        List<PersonRow> rows = new ArrayList<>();
        Csv.each(file, row -> rows.add(row(row, map)));
        return rows;
    }

    /** The rows of a CSV as {@link Generate} writes it, one at a time (files too large to hold). */
    static void each(Path file, Consumer<PersonRow> action) throws IOException {
        Map<String, String> map = new HashMap<>(DEFAULT_MAP);
        map.put("cluster", "cluster");
        Csv.each(file, row -> action.accept(row(row, map)));
    }

    private static PersonRow row(Map<String, String> row, Map<String, String> map) {
        return new PersonRow(get(row, map, "id"), get(row, map, "cluster"), get(row, map, "given"),
                get(row, map, "surname"), get(row, map, "sex"), get(row, map, "dob"), get(row, map, "age"),
                get(row, map, "nationality"), get(row, map, "phone"), get(row, map, "postcode"),
                get(row, map, "number"), get(row, map, "errors"));
    }

    private static String get(Map<String, String> row, Map<String, String> map, String field) {
        String column = map.get(field);
        return column == null ? "" : row.getOrDefault(column, "").strip();
    }

    /** Precision, recall and F1 of a set of predicted pairs. */
    record Quality(long truePositives, long falsePositives, long truePairs, long falseLinksOfAbsent) {

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) truePositives / truePairs;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void print(String label) {
            if (truePositives == 0) {
                System.out.printf("%s: no true positive, so precision, recall and F1 are not defined (TP 0, FP %,d, "
                        + "FN %,d)%n", label, falsePositives, truePairs);
                return;
            }
            System.out.printf("%s: precision %.4f, recall %.4f, F1 %.4f (TP %,d, FP %,d, FN %,d); "
                            + "false links of queries that should match nothing: %,d%n", label, precision(), recall(),
                    f1(), truePositives, falsePositives, truePairs - truePositives, falseLinksOfAbsent);
        }
    }

    /** The ground truth: true pairs are a query and a reference row with equal, non-empty cluster ids. */
    static final class Truth {
        private final Map<String, String> clusterOf = new HashMap<>();
        private final Map<String, Integer> referenceRowsPerCluster = new HashMap<>();
        private final Map<String, String> errorsOf = new HashMap<>();
        private long truePairs;
        private int absent;

        Truth(List<PersonRow> reference, List<PersonRow> queries) {
            reference.forEach(r -> {
                clusterOf.put(r.id(), r.cluster());
                referenceRowsPerCluster.merge(r.cluster(), 1, Integer::sum);
            });
            for (PersonRow q : queries) {
                clusterOf.put(q.id(), q.cluster());
                errorsOf.put(q.id(), q.errors());
                int pairs = q.cluster().isEmpty() ? 0 : referenceRowsPerCluster.getOrDefault(q.cluster(), 0);
                truePairs += pairs;
                absent += pairs == 0 ? 1 : 0;
            }
        }

        int absent() {
            return absent;
        }

        boolean isTrue(String pair) {
            String[] ids = pair.split("\\|");
            String cluster = clusterOf.get(ids[0]);
            return cluster != null && !cluster.isEmpty() && cluster.equals(clusterOf.get(ids[1]));
        }

        boolean isAbsent(String queryId) {
            String cluster = clusterOf.get(queryId);
            return cluster == null || cluster.isEmpty() || !referenceRowsPerCluster.containsKey(cluster);
        }

        Quality quality(Set<String> links) {
            long tp = links.stream().filter(this::isTrue).count();
            long absentLinks = links.stream().filter(p -> isAbsent(p.split("\\|")[0])).count();
            return new Quality(tp, links.size() - tp, truePairs, absentLinks);
        }

        String errors(String queryId) {
            String errors = errorsOf.getOrDefault(queryId, "");
            return errors.isEmpty() ? "(none)" : errors;
        }
    }

    /** What one run of our matcher decided, and how long it took. */
    static final class OursRun {
        final Set<String> links = new HashSet<>();
        final Set<String> proposals = new HashSet<>();
        final long[] latencies;
        final int[] candidates;
        final long buildNanos;
        long queryNanos;
        private final InMemoryRegistry registry;
        private final Map<String, PersonRow> rows = new HashMap<>();
        private final List<PersonRow> queries = new ArrayList<>();
        private final Map<String, Set<String>> candidatePairs = new HashMap<>();
        private final Map<BlockingKeys.Pass, Set<String>> byPass = new java.util.EnumMap<>(BlockingKeys.Pass.class);

        OursRun(InMemoryRegistry registry, int queries, long buildNanos) {
            this.registry = registry;
            this.latencies = new long[queries];
            this.candidates = new int[queries];
            this.buildNanos = buildNanos;
        }

        long totalNanos() {
            return buildNanos + queryNanos;
        }

        void record(PersonRow query, List<InMemoryRegistry.Scored> scored) {
            candidates[queries.size()] = scored.size();
            queries.add(query);
            Set<String> retrieved = new HashSet<>();
            for (InMemoryRegistry.Scored s : scored) {
                String pair = query.id() + "|" + registry.entry(s.reference()).id();
                retrieved.add(pair);
                s.passes().forEach(p -> byPass.computeIfAbsent(p, x -> new HashSet<>()).add(pair));
                if (s.score().decision() == Decision.LINK) {
                    links.add(pair);
                } else if (s.score().decision() == Decision.PROPOSE) {
                    proposals.add(pair);
                }
            }
            candidatePairs.put(query.id(), retrieved);
        }

        void print(Truth truth) {
            System.out.printf("%n== Ours (BlockingKeys + PersonMatcher, thresholds LINK >= 20, PROPOSE >= 8)%n");
            Quality quality = truth.quality(links);
            quality.print("LINK at the operating threshold");
            long trueProposals = proposals.stream().filter(truth::isTrue).count();
            System.out.printf("PROPOSE band: %,d pairs, %,d true (%.1f%%), %,d false; LINK or PROPOSE would find "
                            + "%.4f of the true pairs%n", proposals.size(), trueProposals,
                    proposals.isEmpty() ? 0 : 100.0 * trueProposals / proposals.size(), proposals.size() - trueProposals,
                    (double) (quality.truePositives() + trueProposals) / quality.truePairs());
            long kept = candidatePairs.values().stream().flatMap(Set::stream).filter(truth::isTrue).count();
            System.out.printf("Pair completeness of candidate retrieval: %.4f (%,d of %,d true pairs retrieved)%n",
                    (double) kept / quality.truePairs(), kept, quality.truePairs());
            for (BlockingKeys.Pass pass : BlockingKeys.Pass.values()) {
                Set<String> found = byPass.getOrDefault(pass, Set.of());
                long byThis = found.stream().filter(truth::isTrue).count();
                // What only this pass retrieves: what the union would lose without it, and what it costs.
                Set<String> only = found.stream().filter(pair -> byPass.entrySet().stream()
                        .noneMatch(e -> e.getKey() != pass && e.getValue().contains(pair)))
                        .collect(java.util.stream.Collectors.toSet());
                System.out.printf("  pass %-26s pair completeness %.4f (%,d true pairs; %,d pairs retrieved; only by "
                                + "this pass %,d true of %,d)%n", pass, (double) byThis / quality.truePairs(), byThis,
                        found.size(), only.stream().filter(truth::isTrue).count(), only.size());
            }
            int[] sortedCandidates = candidates.clone();
            Arrays.sort(sortedCandidates);
            System.out.printf("Candidates per query: mean %.1f, p95 %d, max %d%n",
                    Arrays.stream(candidates).average().orElse(0), percentile(sortedCandidates, 0.95),
                    sortedCandidates[sortedCandidates.length - 1]);
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf("Lookup latency per query (normalise + retrieve + score, in memory, 1 thread): "
                            + "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms; throughput %,.0f queries/s%n",
                    sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                    sorted[(int) (sorted.length * 0.99)] / 1e6, queries.size() / (queryNanos / 1e9));
            System.out.printf("Index build: %,d persons in %,.0f ms; total (build + queries) %,.0f ms%n",
                    registry.size(), buildNanos / 1e6, totalNanos() / 1e6);
            printMisses(truth);
        }

        /** A few false links and missed true pairs with their evidence, to see what limits the matcher. */
        void printExamples(Truth truth, int count) {
            System.out.printf("Examples (query | reference | weight | decision | evidence):%n");
            int falseLinks = 0;
            int missed = 0;
            for (PersonRow query : queries) {
                for (InMemoryRegistry.Scored s : registry.match(query)) {
                    InMemoryRegistry.Entry candidate = registry.entry(s.reference());
                    boolean isTrue = truth.isTrue(query.id() + "|" + candidate.id());
                    boolean isLink = s.score().decision() == Decision.LINK;
                    if (isLink && !isTrue && falseLinks < count || !isLink && isTrue && missed < count) {
                        falseLinks += isLink ? 1 : 0;
                        missed += isLink ? 0 : 1;
                        System.out.printf("  %s %s | %s | %.1f | %s | %s%n", isLink ? "FALSE LINK" : "MISSED",
                                describe(query), describe(rows.get(candidate.id())), s.score().weight(),
                                s.score().decision(), s.score().evidence().stream()
                                        .map(e -> e.reason() + String.format("(%.1f)", e.weight())).toList());
                    }
                }
            }
        }

        /** True pairs no pass retrieved, with both rows, to see what retrieval misses. */
        void printNotRetrieved(Truth truth, int count) {
            System.out.printf("True pairs not retrieved (query | reference):%n");
            int shown = 0;
            for (PersonRow query : queries) {
                if (shown >= count || truth.isAbsent(query.id())
                        || candidatePairs.get(query.id()).stream().anyMatch(truth::isTrue)) {
                    continue;
                }
                for (PersonRow reference : rows.values()) {
                    if (shown < count && truth.isTrue(query.id() + "|" + reference.id())) {
                        shown++;
                        System.out.printf("  NOT RETRIEVED %s | %s%n", describe(query), describe(reference));
                    }
                }
            }
        }

        private static String describe(PersonRow r) {
            return String.join(" ", r.id(), r.given(), "/", r.surname(), r.sex(), r.dateOfBirth(),
                    r.age().isEmpty() ? "" : "age " + r.age(), r.nationality(), r.phone(), r.postcode(),
                    r.houseNumber(), r.errors().isEmpty() ? "" : "[" + r.errors() + "]");
        }

        /** Which error types the missed and falsely linked queries carry. */
        private void printMisses(Truth truth) {
            Map<String, int[]> byError = new TreeMap<>();   // error → {queries, not retrieved, proposed, new, false links}
            for (PersonRow query : queries) {
                boolean absent = truth.isAbsent(query.id());
                Set<String> retrieved = candidatePairs.get(query.id());
                boolean wasRetrieved = retrieved.stream().anyMatch(truth::isTrue);
                boolean linked = retrieved.stream().filter(links::contains).anyMatch(truth::isTrue);
                boolean proposed = retrieved.stream().filter(proposals::contains).anyMatch(truth::isTrue);
                long falseLinks = retrieved.stream().filter(links::contains).filter(p -> !truth.isTrue(p)).count();
                for (String error : truth.errors(query.id()).split(";")) {
                    int[] counts = byError.computeIfAbsent(error, e -> new int[5]);
                    counts[0]++;
                    if (!absent && !linked) {
                        counts[wasRetrieved ? (proposed ? 2 : 3) : 1]++;
                    }
                    counts[4] += (int) falseLinks;
                }
            }
            System.out.printf("Misses and false links by error type of the query (a query can have several):%n");
            System.out.printf("  %-16s %8s %13s %9s %9s %11s%n", "error", "queries", "not retrieved", "proposed",
                    "scored NEW", "false links");
            byError.forEach((error, c) -> System.out.printf("  %-16s %,8d %,13d %,9d %,9d %,11d%n", error, c[0], c[1],
                    c[2], c[3], c[4]));
        }

        private static int percentile(int[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
        }
    }
}
