package nl.schakel.stacking.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lookup latencies of {@link DatabaseBench} split by what a query says about birth (an exact date of birth, a
 * stated age, nothing), to see which descriptions make the tail: per class the count, latency p50 / p95 / p99,
 * retrieval p95, candidates mean / p95, and how many of the slowest 5% of all lookups it holds.
 */
final class LatencyByBirth {

    enum Birth { DATE_OF_BIRTH, AGE, NONE }

    private record Lookup(Birth birth, long latency, long retrieval, int candidates) {
    }

    private final List<Lookup> lookups = new ArrayList<>();

    static Birth of(PersonRow row) {
        if (!row.dateOfBirth().isBlank()) {
            return Birth.DATE_OF_BIRTH;
        }
        return row.age().isBlank() ? Birth.NONE : Birth.AGE;
    }

    void add(PersonRow row, long latency, long retrieval, int candidates) {
        lookups.add(new Lookup(of(row), latency, retrieval, candidates));
    }

    void print() {
        long[] all = lookups.stream().mapToLong(Lookup::latency).sorted().toArray();
        long slow = all.length == 0 ? 0 : all[(int) (all.length * 0.95)];
        Map<Birth, List<Lookup>> byBirth = new EnumMap<>(Birth.class);
        lookups.forEach(l -> byBirth.computeIfAbsent(l.birth(), b -> new ArrayList<>()).add(l));
        System.out.println("By birth information: count; latency p50 / p95 / p99 ms; retrieval p95 ms; candidates "
                + "mean / p95; of the slowest 5%");
        byBirth.forEach((birth, list) -> {
            long[] latency = list.stream().mapToLong(Lookup::latency).sorted().toArray();
            long[] retrieval = list.stream().mapToLong(Lookup::retrieval).sorted().toArray();
            int[] candidates = list.stream().mapToInt(Lookup::candidates).sorted().toArray();
            System.out.printf("  %-13s %,6d; %.2f / %.2f / %.2f; %.2f; %.1f / %d; %d%n", birth, list.size(),
                    at(latency, 0.5), at(latency, 0.95), at(latency, 0.99), at(retrieval, 0.95),
                    Arrays.stream(candidates).average().orElse(0), candidates[(int) (candidates.length * 0.95)],
                    list.stream().filter(l -> l.latency() >= slow).count());
        });
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[(int) (sorted.length * quantile)] / 1e6;
    }
}
