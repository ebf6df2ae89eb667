package nl.schakel.monitoring.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTests {

    /** Rows: two forms and their total; columns: three sub-regions and the total. */
    private static final long[][] TABLE = {
            {2, 30, 40, 72},
            {15, 25, 35, 75},
            {17, 55, 75, 147}};

    @Test
    void aCellOfTwoIsHiddenAndNoTotalGivesItAway() {
        boolean[][] hidden = Suppression.suppress(TABLE, 10);

        assertThat(hidden[0][0]).isTrue();
        assertEveryLineHidesNoneOrAtLeastTwo(hidden);
        // The complements: in the row of the 2 and in its column, a second cell is hidden.
        assertThat(hidden[0][1] || hidden[0][2] || hidden[0][3]).isTrue();
        assertThat(hidden[1][0] || hidden[2][0]).isTrue();
    }

    @Test
    void cellsAtOrAboveTheThresholdStayWhenNothingIsSmall() {
        long[][] table = {{12, 30, 42}, {12, 30, 42}};
        boolean[][] hidden = Suppression.suppress(table, 10);
        for (boolean[] row : hidden) {
            for (boolean cell : row) {
                assertThat(cell).isFalse();
            }
        }
    }

    @Test
    void zerosAreHiddenToo() {
        long[][] table = {{0, 30, 30}, {20, 30, 50}, {20, 60, 80}};
        boolean[][] hidden = Suppression.suppress(table, 10);
        assertThat(hidden[0][0]).isTrue();
        assertEveryLineHidesNoneOrAtLeastTwo(hidden);
    }

    @Test
    void thePublicReportsSingleSmallCountGetsAComplementSoTheTotalGivesNothingAway() {
        // forms 12, 3, 0, 9 with a total of 24 shown: hiding only the 3 leaves 24 − 12 − 9 = 3.
        boolean[] hidden = Suppression.hiddenWithTotal(new long[] {12, 3, 0, 9}, 5);
        assertThat(hidden).containsExactly(false, true, false, true, false);
        // two small counts hide each other; zeros are no person and stay shown
        assertThat(Suppression.hiddenWithTotal(new long[] {4, 1, 0, 2}, 5)).containsExactly(true, true, false, true,
                false);
        // one small count and nothing else above zero: the total goes
        assertThat(Suppression.hiddenWithTotal(new long[] {3, 0}, 5)).containsExactly(true, false, true);
        assertThat(Suppression.hiddenWithTotal(new long[] {3, 7}, 0)).containsExactly(false, false, false);
    }

    static void assertEveryLineHidesNoneOrAtLeastTwo(boolean[][] hidden) {
        for (boolean[] row : hidden) {
            int n = 0;
            for (boolean cell : row) {
                n += cell ? 1 : 0;
            }
            assertThat(n).isNotEqualTo(1);
        }
        for (int c = 0; c < hidden[0].length; c++) {
            int n = 0;
            for (boolean[] row : hidden) {
                n += row[c] ? 1 : 0;
            }
            assertThat(n).as("column %d", c).isNotEqualTo(1);
        }
    }
}
