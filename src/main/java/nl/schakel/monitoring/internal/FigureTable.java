package nl.schakel.monitoring.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One table of figures as the page, the downloads and the report show it: every label a message key (or a name),
 * every cell its number and its text, and the counting rule that defines it.
 *
 * @param id the table's code in URLs (downloads)
 * @param chart whether the page draws its first column as a bar chart (with this table as its alternative)
 */
public record FigureTable(String id, String titleKey, String ruleKey, List<String> columnKeys, List<Row> rows,
        boolean chart) {

    /** Between the message keys of a label made of two (channel × reporter type); shown as " – ". */
    public static final String AND = "|";

    /** A row: a message key, or a name as it is (an organisation's), and its cells. */
    public record Row(String labelKey, @Nullable String name, List<Cell> cells) {

        public static Row of(String labelKey, Cell... cells) {
            return new Row(labelKey, null, List.of(cells));
        }

        public static Row named(String name, Cell... cells) {
            return new Row("monitoring.name", name, List.of(cells));
        }
    }

    /**
     * A cell: the number behind it (null when there is none, or it is suppressed) and what is shown.
     */
    public record Cell(@Nullable Double value, String shown) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The largest number in the first column, for scaling a chart. */
    public double maxFirst() {
        return rows.stream().map(r -> r.cells().get(0).value()).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .max().orElse(0);
    }
}
