package nl.schakel.monitoring.internal;

import java.util.Map;
import java.util.SortedMap;

import nl.schakel.monitoring.internal.FigureQueries.Spread;

/**
 * Median and 90th percentile from a histogram of whole hours, as PostgreSQL's {@code percentile_cont} gives them
 * over the same values one by one (linear interpolation between the two nearest ranks), in days.
 */
final class Histogram {

    private Histogram() {
    }

    static Spread spread(SortedMap<Integer, Long> hours) {
        long n = hours.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new Spread(null, null, 0);
        }
        return new Spread(percentile(hours, n, 0.5), percentile(hours, n, 0.9), n);
    }

    /** {@code percentile_cont(p)} over the {@code n} values the histogram holds, in days (as PostgreSQL's lerp). */
    static double percentile(SortedMap<Integer, Long> hours, long n, double p) {
        double position = p * (n - 1);
        long below = (long) Math.floor(position);
        long above = (long) Math.ceil(position);
        double low = valueAt(hours, below);
        double high = valueAt(hours, above);
        return low + (high - low) * (position - below);
    }

    /** The value of rank {@code rank} (from 0) in ascending order. */
    private static double valueAt(SortedMap<Integer, Long> hours, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : hours.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return bucket.getKey() / 24.0;
            }
        }
        throw new IllegalArgumentException("rank beyond the histogram");
    }
}
