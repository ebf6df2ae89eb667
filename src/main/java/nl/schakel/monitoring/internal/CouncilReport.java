package nl.schakel.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.schakel.monitoring.PartnerFigures;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.internal.FigureTable.Cell;
import nl.schakel.monitoring.internal.FigureTable.Row;
import nl.schakel.organisations.OrganisationType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The council report of one municipality and year (T1–T6), columns N, N−1 and Δ%. The public version shows
 * person counts from 1 up to the threshold as "<threshold"; counts of government actions (routings, controls)
 * are never suppressed, and T6 is shown as the partners gave it.
 */
@Service
public class CouncilReport {

    private static final List<String> YEARS = List.of("monitoring.column.year", "monitoring.column.yearBefore",
            "monitoring.column.change");

    private final FigureQueries queries;
    private final Contributions contributions;
    private final PartnerFigures partnerFigures;
    private final int threshold;

    CouncilReport(FigureQueries queries, Contributions contributions, PartnerFigures partnerFigures,
            @Value("${schakel.monitoring.public-threshold:5}") int threshold) {
        this.queries = queries;
        this.contributions = contributions;
        this.partnerFigures = partnerFigures;
        this.threshold = threshold;
    }

    public List<FigureTable> tables(Scope scope, int year, boolean publicVersion) {
        Period now = Period.year(year);
        Period before = now.yearBefore();
        Builder b = new Builder(publicVersion ? threshold : 0);
        List<FigureTable> tables = new ArrayList<>();
        tables.add(t1(scope, now, before, b));
        tables.add(t2(scope, now, before, b));
        tables.add(t3(scope, now, before, b));
        tables.add(contributed("t4", ReportTable.CASES_AND_INTERVENTIONS, scope, now, before, b));
        tables.add(contributed("t5", ReportTable.VICTIMS, scope, now, before, b));
        tables.add(t6(scope, year));
        return tables;
    }

    private FigureTable t1(Scope scope, Period now, Period before, Builder b) {
        Map<String, Long> n = queries.totals(scope, now);
        Map<String, Long> p = queries.totals(scope, before);
        List<Row> rows = new ArrayList<>();
        for (String key : List.of("received", "anonymous", "internal")) {
            rows.add(b.row("monitoring.t1." + key, n.get(key), p.get(key), true));
        }
        Map<String, Long> routedNow = queries.routedByPartnerType(scope, now);
        Map<String, Long> routedBefore = queries.routedByPartnerType(scope, before);
        for (OrganisationType type : OrganisationType.values()) {
            if (type != OrganisationType.MUNICIPALITY && type != OrganisationType.CHAIN_DIRECTOR) {
                rows.add(b.row("monitoring.t1.routed." + type.name(), routedNow.getOrDefault(type.name(), 0L),
                        routedBefore.getOrDefault(type.name(), 0L), false));
            }
        }
        rows.add(b.share("monitoring.t1.feedback", n.get("feedback"), n.get("routed"), p.get("feedback"),
                p.get("routed")));
        rows.add(b.share("monitoring.t1.informed", n.get("informed"), n.get("received"), p.get("informed"),
                p.get("received")));
        return new FigureTable("t1", "monitoring.report.t1", "monitoring.rule.t1", YEARS, rows, false);
    }

    private FigureTable t2(Scope scope, Period now, Period before, Builder b) {
        Map<String, Long> n = queries.countBy(Cut.FORM, scope, now);
        Map<String, Long> p = queries.countBy(Cut.FORM, scope, before);
        List<String> forms = Dashboard.FORMS;
        long[] nowCounts = forms.stream().mapToLong(code -> n.getOrDefault(code, 0L)).toArray();
        long[] thenCounts = forms.stream().mapToLong(code -> p.getOrDefault(code, 0L)).toArray();
        // The total is the sum of the forms: hidden cells get a complementary one, so total minus shown ≠ a person.
        boolean[] hideNow = b.hiddenWithTotal(nowCounts);
        boolean[] hideThen = b.hiddenWithTotal(thenCounts);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            rows.add(b.row("monitoring.code.FORM." + forms.get(i), nowCounts[i], thenCounts[i], hideNow[i], hideThen[i]));
        }
        rows.add(b.row("monitoring.forms.total", sum(n), sum(p), hideNow[forms.size()], hideThen[forms.size()]));
        rows.add(b.row("monitoring.forms.unique", queries.totals(scope, now).get("received"),
                queries.totals(scope, before).get("received"), true));
        return new FigureTable("t2", "monitoring.report.t2", "monitoring.rule.forms", YEARS, rows, true);
    }

    private FigureTable t3(Scope scope, Period now, Period before, Builder b) {
        Map<String, Long> n = queries.channelByReporterType(scope, now);
        Map<String, Long> p = queries.channelByReporterType(scope, before);
        TreeSet<String> keys = new TreeSet<>(n.keySet());
        keys.addAll(p.keySet());
        List<Row> rows = keys.stream().map(key -> {
            String[] parts = key.split("/");
            return new Row("monitoring.code.CHANNEL." + parts[0] + FigureTable.AND + "monitoring.code.REPORTER_TYPE."
                    + parts[1], null, b.cells(n.getOrDefault(key, 0L), p.getOrDefault(key, 0L), true));
        }).toList();
        return new FigureTable("t3", "monitoring.report.t3", "monitoring.rule.t3", YEARS, rows, false);
    }

    private FigureTable contributed(String id, ReportTable table, Scope scope, Period now, Period before,
            Builder b) {
        List<Row> rows = new ArrayList<>();
        if (contributions.any()) {
            Map<String, ReportRow> previous = new java.util.HashMap<>();
            contributions.rows(table, scope, before).forEach(r -> previous.put(r.code(), r));
            for (ReportRow r : contributions.rows(table, scope, now)) {
                ReportRow p = previous.get(r.code());
                rows.add(b.row(r.labelKey(), r.count(), p == null ? 0 : p.count(), r.personCount()));
            }
        }
        return new FigureTable(id, "monitoring.report." + id, "monitoring.rule." + id, YEARS, rows, false);
    }

    private FigureTable t6(Scope scope, int year) {
        List<Row> rows = scope.municipalityId() == null ? List.of()
                : partnerFigures.of(scope.municipalityId(), year).stream()
                        .map(f -> Row.named(f.label(), Cells.count(f.amount()), Cells.text(f.source()),
                                Cells.text(f.sourceDate().toString()), Cells.text(f.definition())))
                        .toList();
        return new FigureTable("t6", "monitoring.report.t6", "monitoring.rule.t6",
                List.of("monitoring.column.count", "monitoring.column.source", "monitoring.column.sourceDate",
                        "monitoring.column.definition"), rows, false);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Makes the N, N−1, Δ% cells, suppressing person counts under the threshold (0: none). */
    private record Builder(int threshold) {

        Row row(String key, long now, long before, boolean person) {
            return new Row(key, null, cells(now, before, person));
        }

        /** A row whose cells' hiding was decided for the whole column (complementary suppression). */
        Row row(String key, long now, long before, boolean hideNow, boolean hideBefore) {
            Cell n = hideNow ? Cells.suppressed(threshold) : Cells.count(now);
            Cell p = hideBefore ? Cells.suppressed(threshold) : Cells.count(before);
            Cell change = n.value() == null || p.value() == null ? Cells.text(Cells.NONE)
                    : Cells.change(n.value(), p.value());
            return new Row(key, null, List.of(n, p, change));
        }

        boolean[] hiddenWithTotal(long[] counts) {
            return Suppression.hiddenWithTotal(counts, threshold);
        }

        private boolean small(long count) {
            return threshold > 0 && count > 0 && count < threshold;
        }

        List<Cell> cells(long now, long before, boolean person) {
            Cell n = cell(now, person);
            Cell p = cell(before, person);
            Cell change = n.value() == null || p.value() == null ? Cells.text(Cells.NONE)
                    : Cells.change(n.value(), p.value());
            return List.of(n, p, change);
        }

        private Cell cell(long count, boolean person) {
            return person && count > 0 && count < threshold ? Cells.suppressed(threshold) : Cells.count(count);
        }

        Row share(String key, long partNow, long wholeNow, long partBefore, long wholeBefore) {
            // A share of a hidden count would give it back: hidden too.
            Cell n = small(partNow) || small(wholeNow) ? Cells.suppressed(threshold) : Cells.percent(partNow, wholeNow);
            Cell p = small(partBefore) || small(wholeBefore) ? Cells.suppressed(threshold)
                    : Cells.percent(partBefore, wholeBefore);
            return new Row(key, null, List.of(n, p, Cells.text(Cells.NONE)));
        }
    }
}
