package nl.schakel.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schakel.cases.InterventionStatus;
import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportContributions;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases' counts for the reports (decision 0033, counting rules T4 and F): cases opened, interventions per type,
 * controls, and the funnel's steps "in a case" and "intervention". A case belongs to the municipalities that take
 * part in it. Counts of government actions, never identifiers.
 */
@Component
class CaseFigures implements ReportContributions {

    /** The intervention type that is a control (seed 000: controls of home sex work after a care signal). */
    static final String CONTROL = "INTEGRATED_INSPECTION";

    private static final String IN_AREA = " c.region_id = :region and (:whole or exists (select 1 from "
            + "case_participant p where p.case_id = c.id and p.organisation_id in (:municipalities))) ";

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportRow> rows(ReportTable table, Area area, Period period) {
        return switch (table) {
            case CASES_AND_INTERVENTIONS -> casesAndInterventions(area, period);
            case FUNNEL -> funnel(area, period);
            default -> List.of();
        };
    }

    private List<ReportRow> casesAndInterventions(Area area, Period period) {
        long opened = bound("select count(*) from case_file c where c.created_at >= :from and c.created_at < :until"
                + " and" + IN_AREA, area, period).query(Long.class).single();
        Map<String, Long> perType = new LinkedHashMap<>();
        bound("""
                select t.code, count(i.id) from (select distinct code from intervention_type) t
                left join (case_intervention i join case_file c on c.id = i.case_id and""" + IN_AREA + """
                ) on i.type_code = t.code and i.status <> :withdrawn and i.created_at >= :from and i.created_at < :until
                group by t.code order by t.code""", area, period)
                .param("withdrawn", InterventionStatus.WITHDRAWN.name())
                .query(rs -> {
                    perType.put(rs.getString(1), rs.getLong(2));
                });
        List<ReportRow> rows = new ArrayList<>();
        rows.add(new ReportRow("CASES_OPENED", "cases.figures.CASES_OPENED", null, opened, false));
        perType.forEach((code, n) -> rows.add(new ReportRow("INTERVENTION_" + code, "cases.interventionType." + code,
                null, n, false)));
        rows.add(new ReportRow("CONTROLS", "cases.figures.CONTROLS", null, perType.getOrDefault(CONTROL, 0L), false));
        return rows;
    }

    private List<ReportRow> funnel(Area area, Period period) {
        return bound("""
                select count(distinct cs.signal_id), count(distinct cs.signal_id) filter (where exists (select 1
                       from case_intervention i where i.case_id = c.id and i.status <> :withdrawn))
                from case_signal cs join case_file c on c.id = cs.case_id
                where cs.added_at >= :from and cs.added_at < :until and""" + IN_AREA, area, period)
                .param("withdrawn", InterventionStatus.WITHDRAWN.name())
                .query((rs, n) -> List.of(
                        new ReportRow("IN_CASE", "monitoring.funnel.IN_CASE", null, rs.getLong(1), true),
                        new ReportRow("INTERVENTION", "monitoring.funnel.INTERVENTION", null, rs.getLong(2), true)))
                .single();
    }

    private JdbcClient.StatementSpec bound(String sql, Area area, Period period) {
        return jdbc.sql(sql).params(area.parameters()).param("from", period.start()).param("until", period.end());
    }
}
