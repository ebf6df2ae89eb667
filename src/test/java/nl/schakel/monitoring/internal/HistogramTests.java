package nl.schakel.monitoring.internal;

import java.util.TreeMap;

import nl.schakel.monitoring.internal.FigureQueries.Spread;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Median and p90 from a histogram of whole hours equal percentile_cont over the same values one by one. */
class HistogramTests {

    @Test
    void fourteenDaysExactlyIsFourteen() {
        TreeMap<Integer, Long> hours = new TreeMap<>();
        hours.put(14 * 24, 1L);

        assertThat(Histogram.spread(hours)).isEqualTo(new Spread(14.0, 14.0, 1));
    }

    @Test
    void betweenTwoRanksItInterpolatesAsPercentileCont() {
        // Values 1, 2, 2, 10 hours: median at position 1.5 → 2 h; p90 at position 2.7 → 2 + 0.7 × 8 = 7.6 h.
        TreeMap<Integer, Long> hours = new TreeMap<>();
        hours.put(10, 1L);
        hours.put(1, 1L);
        hours.put(2, 2L);

        Spread spread = Histogram.spread(hours);

        assertThat(spread.median()).isCloseTo(2 / 24.0, within(1e-12));
        assertThat(spread.p90()).isCloseTo(7.6 / 24.0, within(1e-12));
        assertThat(spread.n()).isEqualTo(4);
    }

    @Test
    void nothingGivesNoValues() {
        assertThat(Histogram.spread(new TreeMap<>())).isEqualTo(new Spread(null, null, 0));
    }
}
