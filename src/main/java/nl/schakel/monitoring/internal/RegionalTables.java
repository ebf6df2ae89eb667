package nl.schakel.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.SubRegion;
import nl.schakel.monitoring.internal.FigureTable.Cell;
import nl.schakel.monitoring.internal.FigureTable.Row;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The region's tables: the Regietafel view (forms per sub-region, cells under the threshold hidden with
 * complementary suppression, no identifiers) and the victims table in the layout of 001 §1.3.
 */
@Service
public class RegionalTables {

    private static final List<String> SOURCES = java.util.Arrays.stream(RegistrationSource.values()).map(Enum::name)
            .toList();

    private final FigureQueries queries;
    private final Contributions contributions;
    private final int threshold;

    RegionalTables(FigureQueries queries, Contributions contributions,
            @Value("${schakel.monitoring.regietafel-threshold:10}") int threshold) {
        this.queries = queries;
        this.contributions = contributions;
        this.threshold = threshold;
    }

    private static List<String> subRegionColumns() {
        List<String> columns = new ArrayList<>();
        for (SubRegion s : SubRegion.values()) {
            columns.add("monitoring.subRegion." + s.name());
        }
        columns.add("monitoring.column.total");
        return columns;
    }

    /** Forms per sub-region with totals; every cell under the threshold and its complements show "<threshold". */
    public FigureTable regietafel(java.util.UUID regionId, Period period) {
        SubRegion[] subRegions = SubRegion.values();
        List<String> forms = Dashboard.FORMS;
        long[][] table = new long[forms.size() + 1][subRegions.length + 1];
        for (int c = 0; c <= subRegions.length; c++) {
            Scope scope = c < subRegions.length ? new Scope(regionId, null, subRegions[c]) : Scope.region(regionId);
            Map<String, Long> counts = queries.countBy(Cut.FORM, scope, period);
            for (int r = 0; r < forms.size(); r++) {
                table[r][c] = counts.getOrDefault(forms.get(r), 0L);
                table[forms.size()][c] += table[r][c];
            }
        }
        boolean[][] hidden = Suppression.suppress(table, threshold);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r <= forms.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c <= subRegions.length; c++) {
                cells.add(hidden[r][c] ? Cells.suppressed(threshold) : Cells.count(table[r][c]));
            }
            String key = r < forms.size() ? "monitoring.code.FORM." + forms.get(r) : "monitoring.forms.total";
            rows.add(new Row(key, null, cells));
        }
        return new FigureTable("regietafel", "monitoring.table.regietafel", "monitoring.rule.regietafel",
                subRegionColumns(), rows, false);
    }

    /**
     * Registrations per source and sub-region (counting rule V1), with the police not split by sub-region (as the
     * source table has it): the police row shows only its total, the total row sums the sub-regions' cells.
     */
    public FigureTable victims(java.util.UUID regionId, Period period) {
        Scope scope = Scope.region(regionId);
        Map<String, Long> counts = new HashMap<>(queries.registrations(scope, period));
        for (ReportRow row : contributions.rows(ReportTable.VICTIM_REGISTRATIONS, scope, period)) {
            String sub = row.subRegion() == null ? "" : row.subRegion().name();
            counts.merge(row.code() + "/" + sub, row.count(), Long::sum);
        }
        return victimsTable(counts);
    }

    /**
     * The victims table from counts keyed {@code SOURCE/SUB_REGION} (an empty sub-region: not placed in one).
     */
    static FigureTable victimsTable(Map<String, Long> counts) {
        SubRegion[] subRegions = SubRegion.values();
        long[] columnTotals = new long[subRegions.length + 1];
        List<Row> rows = new ArrayList<>();
        for (String source : SOURCES) {
            List<Cell> cells = new ArrayList<>();
            long total = counts.entrySet().stream().filter(e -> e.getKey().startsWith(source + "/"))
                    .mapToLong(Map.Entry::getValue).sum();
            for (int c = 0; c < subRegions.length; c++) {
                if (source.equals(RegistrationSource.POLICE.name())) {
                    cells.add(Cells.text(""));
                } else {
                    long n = counts.getOrDefault(source + "/" + subRegions[c].name(), 0L);
                    columnTotals[c] += n;
                    cells.add(Cells.count(n));
                }
            }
            columnTotals[subRegions.length] += total;
            cells.add(Cells.count(total));
            rows.add(new Row("monitoring.victims." + source, null, cells));
        }
        List<Cell> totals = new ArrayList<>();
        for (long t : columnTotals) {
            totals.add(Cells.count(t));
        }
        rows.add(new Row("monitoring.victims.TOTAL", null, totals));
        return new FigureTable("slachtoffers", "monitoring.table.victims", "monitoring.rule.victims",
                subRegionColumns(), rows, false);
    }
}
