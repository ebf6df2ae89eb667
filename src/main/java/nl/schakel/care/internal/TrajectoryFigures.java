package nl.schakel.care.internal;

import java.util.List;

import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportContributions;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care's counts for the reports (decision 0033, counting rules T5 and F): trajectories opened, of which minors and
 * unaccompanied minors, B8 periods started, and the funnel's step "in a care trajectory". A trajectory belongs to
 * its municipality of responsibility. Person counts, never identifiers.
 */
@Component
class TrajectoryFigures implements ReportContributions {

    private static final String IN_AREA = " t.region_id = :region and (:whole or t.municipality_id in (:municipalities)) ";

    private final JdbcClient jdbc;

    TrajectoryFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ReportRow> rows(ReportTable table, Area area, Period period) {
        return switch (table) {
            case VICTIMS -> victims(area, period);
            case FUNNEL -> List.of(new ReportRow("IN_CARE_TRAJECTORY", "monitoring.funnel.IN_CARE_TRAJECTORY", null,
                    opened(area, period).get(0).count(), true));
            default -> List.of();
        };
    }

    private List<ReportRow> victims(Area area, Period period) {
        long b8 = bound("select count(*) from b8_period b join trajectory t on t.id = b.trajectory_id where "
                + "b.start_date >= :firstDay and b.start_date <= :lastDay and" + IN_AREA, area, period)
                .param("firstDay", period.from()).param("lastDay", period.until()).query(Long.class).single();
        List<ReportRow> rows = new java.util.ArrayList<>(opened(area, period));
        rows.add(new ReportRow("B8_PERIODS", "care.figures.B8_PERIODS", null, b8, true));
        return rows;
    }

    private List<ReportRow> opened(Area area, Period period) {
        return bound("""
                select count(*), count(*) filter (where t.age < 18), count(*) filter (where t.unaccompanied_minor)
                from trajectory t where t.created_at >= :from and t.created_at < :until and""" + IN_AREA, area, period)
                .query((rs, n) -> List.of(
                        new ReportRow("TRAJECTORIES", "care.figures.TRAJECTORIES", null, rs.getLong(1), true),
                        new ReportRow("MINORS", "care.figures.MINORS", null, rs.getLong(2), true),
                        new ReportRow("UNACCOMPANIED_MINORS", "care.figures.UNACCOMPANIED_MINORS", null, rs.getLong(3),
                                true)))
                .single();
    }

    private JdbcClient.StatementSpec bound(String sql, Area area, Period period) {
        return jdbc.sql(sql).params(area.parameters()).param("from", period.start()).param("until", period.end());
    }
}
