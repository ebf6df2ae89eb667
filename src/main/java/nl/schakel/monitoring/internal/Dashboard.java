package nl.schakel.monitoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.handling.ClassificationLevel;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.internal.FigureQueries.Funnel;
import nl.schakel.monitoring.internal.FigureQueries.PartnerTimes;
import nl.schakel.monitoring.internal.FigureQueries.Spread;
import nl.schakel.monitoring.internal.FigureTable.Cell;
import nl.schakel.monitoring.internal.FigureTable.Row;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.Channel;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The dashboard's tables for a scope and period, each with its counting rule (docs/counting-rules.md). */
@Service
public class Dashboard {

    /** The forms of exploitation in the catalogue's order, those in law from 1 July 2026 included. */
    public static final List<String> FORMS = List.of("SEXUAL", "LABOUR", "CRIMINAL", "ORGAN_REMOVAL",
            "FORCED_MARRIAGE", "ILLEGAL_ADOPTION", "SURROGACY", "FORCED_SERVICES", SignalFact.NO_FORM);

    private static final List<String> COUNT = List.of("monitoring.column.count");

    private final FigureQueries queries;
    private final Organisations organisations;
    private final Contributions contributions;

    Dashboard(FigureQueries queries, Organisations organisations, Contributions contributions) {
        this.queries = queries;
        this.organisations = organisations;
        this.contributions = contributions;
    }

    /** Every table of the dashboard, in the order the page shows them; each query runs once. */
    public List<FigureTable> tables(Scope scope, Period period) {
        Map<String, Long> totals = queries.totals(scope, period);
        Map<String, Long> reporterTypes = queries.countBy(Cut.REPORTER_TYPE, scope, period);
        List<FigureTable> tables = new ArrayList<>();
        tables.add(funnel(scope, period));
        tables.add(waiting(scope, period, totals));
        tables.add(partners(scope, period));
        tables.add(forms(scope, period, totals));
        tables.add(cut("channel", Cut.CHANNEL, names(Channel.values()), scope, period));
        tables.add(cut("reporterType", Cut.REPORTER_TYPE, names(ReporterType.values()), reporterTypes));
        tables.add(zeroReporterTypes(reporterTypes));
        tables.add(municipalities(scope, period));
        tables.add(cut("ageBand", Cut.AGE_BAND, names(AgeBand.values()), scope, period));
        tables.add(cut("sex", Cut.SEX, names(PersonEntry.Sex.values()), scope, period));
        tables.add(cut("vulnerability", Cut.VULNERABILITY, names(Vulnerability.values()), scope, period));
        List<String> levels = new ArrayList<>(names(ClassificationLevel.values()));
        levels.add(Cut.UNCLASSIFIED);
        tables.add(cut("classification", Cut.CLASSIFICATION, levels, scope, period));
        return tables;
    }

    /** One table by its id; empty when there is no such table. */
    public java.util.Optional<FigureTable> table(String id, Scope scope, Period period) {
        return tables(scope, period).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    FigureTable funnel(Scope scope, Period period) {
        Funnel f = queries.funnel(scope, period);
        List<Row> rows = new ArrayList<>(List.of(
                Row.of("monitoring.funnel.received", Cells.count(f.received()), Cells.text(Cells.NONE)),
                Row.of("monitoring.funnel.triaged", Cells.count(f.triaged()), Cells.percent(f.triaged(), f.received())),
                Row.of("monitoring.funnel.possible", Cells.count(f.possible()), Cells.percent(f.possible(), f.triaged())),
                Row.of("monitoring.funnel.routed", Cells.count(f.routed()), Cells.percent(f.routed(), f.received())),
                Row.of("monitoring.funnel.feedback", Cells.count(f.feedback()), Cells.percent(f.feedback(), f.routed())),
                Row.of("monitoring.funnel.informed", Cells.count(f.informed()),
                        Cells.percent(f.informed(), f.feedback()))));
        @Nullable Map<String, Long> contributed = contributions.counts(ReportTable.FUNNEL, scope, period);
        for (String step : List.of("IN_CASE", "INTERVENTION", "IN_CARE_TRAJECTORY")) {
            Long n = contributed == null ? null : contributed.getOrDefault(step, 0L);
            rows.add(Row.of("monitoring.funnel." + step, n == null ? Cells.text(Cells.NONE) : Cells.count(n),
                    n == null ? Cells.text(Cells.NONE) : Cells.percent(n, f.received())));
        }
        return new FigureTable("trechter", "monitoring.table.funnel", "monitoring.rule.funnel",
                List.of("monitoring.column.count", "monitoring.column.share"), rows, true);
    }

    FigureTable waiting(Scope scope, Period period, Map<String, Long> totals) {
        Spread triage = queries.receiptToTriage(scope, period);
        Spread routing = queries.receiptToRouting(scope, period);
        List<Row> rows = List.of(
                Row.of("monitoring.waiting.triage", Cells.days(triage.median()), Cells.days(triage.p90()),
                        Cells.count(triage.n())),
                Row.of("monitoring.waiting.routing", Cells.days(routing.median()), Cells.days(routing.p90()),
                        Cells.count(routing.n())),
                Row.of("monitoring.waiting.informed", Cells.percent(totals.get("informed"), totals.get("received")),
                        Cells.text(Cells.NONE), Cells.count(totals.get("received"))));
        return new FigureTable("wachttijden", "monitoring.table.waiting", "monitoring.rule.waiting",
                List.of("monitoring.column.median", "monitoring.column.p90", "monitoring.column.n"), rows, false);
    }

    FigureTable partners(Scope scope, Period period) {
        List<PartnerTimes> times = queries.partnerTimes(scope, period);
        Map<UUID, String> names = organisations.namesOf(times.stream().map(PartnerTimes::partnerId)
                .collect(Collectors.toSet()));
        List<Row> rows = times.stream().map(t -> Row.named(names.getOrDefault(t.partnerId(), ""),
                Cells.count(t.referrals()), Cells.days(t.answer().median()), Cells.days(t.answer().p90()),
                Cells.days(t.feedback().median()), Cells.days(t.feedback().p90()), Cells.percent(t.onTime(), t.due()),
                Cells.count(t.overdue()))).toList();
        return new FigureTable("partners", "monitoring.table.partners", "monitoring.rule.partners",
                List.of("monitoring.column.referrals", "monitoring.column.answerMedian", "monitoring.column.answerP90",
                        "monitoring.column.feedbackMedian", "monitoring.column.feedbackP90",
                        "monitoring.column.onTime", "monitoring.column.overdue"), rows, false);
    }

    FigureTable forms(Scope scope, Period period, Map<String, Long> totals) {
        Map<String, Long> counts = queries.countBy(Cut.FORM, scope, period);
        List<Row> rows = new ArrayList<>(FORMS.stream()
                .map(code -> Row.of("monitoring.code.FORM." + code, Cells.count(counts.getOrDefault(code, 0L))))
                .toList());
        rows.add(Row.of("monitoring.forms.total", Cells.count(counts.values().stream().mapToLong(Long::longValue).sum())));
        rows.add(Row.of("monitoring.forms.unique", Cells.count(totals.get("received"))));
        return new FigureTable("vormen", "monitoring.table.forms", "monitoring.rule.forms", COUNT, rows, true);
    }

    private FigureTable cut(String id, Cut cut, List<String> codes, Scope scope, Period period) {
        return cut(id, cut, codes, queries.countBy(cut, scope, period));
    }

    private FigureTable cut(String id, Cut cut, List<String> codes, Map<String, Long> counts) {
        List<Row> rows = codes.stream()
                .map(code -> Row.of("monitoring.code." + cut.name() + "." + code,
                        Cells.count(counts.getOrDefault(code, 0L))))
                .toList();
        return new FigureTable(id, "monitoring.table." + id, "monitoring.rule." + id, COUNT, rows, true);
    }

    private FigureTable zeroReporterTypes(Map<String, Long> reporterTypes) {
        Set<String> seen = reporterTypes.keySet();
        List<Row> rows = Arrays.stream(ReporterType.values()).map(Enum::name).filter(code -> !seen.contains(code))
                .map(code -> Row.of("monitoring.code.REPORTER_TYPE." + code, Cells.count(0))).toList();
        return new FigureTable("zonder-signalen", "monitoring.table.zeroReporterTypes",
                "monitoring.rule.zeroReporterTypes", COUNT, rows, false);
    }

    private FigureTable municipalities(Scope scope, Period period) {
        Map<String, Long> counts = queries.countBy(Cut.MUNICIPALITY, scope, period);
        Map<UUID, String> names = organisations.namesOf(counts.keySet().stream().filter(k -> !k.isEmpty())
                .map(UUID::fromString).collect(Collectors.toSet()));
        List<Row> rows = counts.entrySet().stream()
                .map(e -> e.getKey().isEmpty() ? Row.of("monitoring.municipality.none", Cells.count(e.getValue()))
                        : Row.named(names.getOrDefault(UUID.fromString(e.getKey()), ""), Cells.count(e.getValue())))
                .sorted(java.util.Comparator.comparing(r -> r.name() == null ? "~" : r.name()))
                .toList();
        return new FigureTable("gemeenten", "monitoring.table.municipality", "monitoring.rule.municipality", COUNT,
                rows, false);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
