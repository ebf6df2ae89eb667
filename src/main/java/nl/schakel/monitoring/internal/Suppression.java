package nl.schakel.monitoring.internal;

/**
 * Small-cell suppression of a table with its totals (decision 0028). Primary: every cell under the threshold.
 * Complementary: every row and column (totals included) with exactly one suppressed cell gets a second one, its
 * smallest remaining inner cell (or its total when it has none), until no line has exactly one — so no total
 * minus the cells shown gives away a suppressed cell.
 */
public final class Suppression {

    private Suppression() {
    }

    /**
     * @param table the counts, its last row the column totals and its last column the row totals
     * @return which cells to hide
     */
    public static boolean[][] suppress(long[][] table, int threshold) {
        int rows = table.length;
        int cols = table[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = table[r][c] < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                changed |= secondInLine(table, hidden, r, true);
            }
            for (int c = 0; c < cols; c++) {
                changed |= secondInLine(table, hidden, c, false);
            }
        }
        return hidden;
    }

    private static boolean secondInLine(long[][] table, boolean[][] hidden, int line, boolean isRow) {
        int length = isRow ? table[0].length : table.length;
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (isRow ? hidden[line][i] : hidden[i][line]) {
                count++;
            }
        }
        if (count != 1) {
            return false;
        }
        int best = -1;
        for (int i = 0; i < length; i++) {
            boolean isHidden = isRow ? hidden[line][i] : hidden[i][line];
            long value = isRow ? table[line][i] : table[i][line];
            boolean inner = i < length - 1;
            if (isHidden) {
                continue;
            }
            if (best < 0 || inner && (best == length - 1 || value < (isRow ? table[line][best] : table[best][line]))) {
                best = i;
            }
        }
        if (best < 0) {
            return false;
        }
        if (isRow) {
            hidden[line][best] = true;
        } else {
            hidden[best][line] = true;
        }
        return true;
    }

    /**
     * One line of person counts whose total is shown (the public council report): hides every count from 1 to under
     * the threshold, and when that is exactly one, also the smallest other count above zero (else the total), so the
     * total minus the counts shown never gives a hidden one away. Zero is no person and stays shown.
     *
     * @return which counts to hide; the last flag is the total's
     */
    public static boolean[] hiddenWithTotal(long[] counts, int threshold) {
        boolean[] hidden = new boolean[counts.length + 1];
        int count = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = threshold > 0 && counts[i] > 0 && counts[i] < threshold;
            count += hidden[i] ? 1 : 0;
        }
        if (count == 1) {
            int second = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!hidden[i] && counts[i] > 0 && (second < 0 || counts[i] < counts[second])) {
                    second = i;
                }
            }
            hidden[second < 0 ? counts.length : second] = true;
        }
        return hidden;
    }
}
