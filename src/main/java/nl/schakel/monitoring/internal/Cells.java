package nl.schakel.monitoring.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import nl.schakel.monitoring.internal.FigureTable.Cell;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/** Makes the cells of the figure tables: counts, percentages, days, and the texts for none and suppressed. */
public final class Cells {

    /** Shown where a figure has no value (no cases to take a median of, no base for a share). */
    public static final String NONE = "–";

    private Cells() {
    }

    public static Cell count(long n) {
        return new Cell((double) n, Long.toString(n));
    }

    /** {@code part} of {@code whole} as a whole percentage; "–" when the whole is zero. */
    public static Cell percent(long part, long whole) {
        if (whole == 0) {
            return new Cell(null, NONE);
        }
        double share = 100.0 * part / whole;
        return new Cell((double) Math.round(share), Math.round(share) + "%");
    }

    /** Days with at most one decimal, in the language's notation; "–" when there is no value. */
    public static Cell days(@Nullable Double days) {
        if (days == null) {
            return new Cell(null, NONE);
        }
        double rounded = Math.round(days * 10) / 10.0;
        Locale locale = LocaleContextHolder.getLocale();
        return new Cell(rounded, new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(rounded));
    }

    /** A change from {@code before} to {@code now} in whole percent; "–" when there was nothing before. */
    public static Cell change(@Nullable Double now, @Nullable Double before) {
        if (now == null || before == null || before == 0) {
            return new Cell(null, NONE);
        }
        long change = Math.round(100.0 * (now - before) / before);
        return new Cell((double) change, (change > 0 ? "+" : "") + change + "%");
    }

    /** A suppressed cell: no number, only the text ("<5", "<10"). */
    public static Cell suppressed(int threshold) {
        return new Cell(null, "<" + threshold);
    }

    public static Cell text(String shown) {
        return new Cell(null, shown);
    }
}
