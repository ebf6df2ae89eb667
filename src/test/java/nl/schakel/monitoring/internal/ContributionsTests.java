package nl.schakel.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportContributions;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.monitoring.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's funnel needs three contributed steps per page: every contributing module is asked once for all of
 * them (issue 14), and the counts are the same sums as asking per step.
 */
class ContributionsTests {

    /** A contributing module that counts how often it is asked. */
    static final class Counting implements ReportContributions {

        final List<ReportTable> asked = new ArrayList<>();
        private final List<ReportRow> rows;

        Counting(ReportRow... rows) {
            this.rows = List.of(rows);
        }

        @Override
        public List<ReportRow> rows(ReportTable table, Area area, Period period) {
            asked.add(table);
            return rows;
        }
    }

    @Test
    void eachContributorIsAskedOnceForAllTheFunnelsSteps() {
        Counting cases = new Counting(row("IN_CASE", 3), row("INTERVENTION", 2));
        Counting care = new Counting(row("IN_CARE_TRAJECTORY", 2), row("IN_CASE", 1));
        // No sub-region in this scope, so the database is never reached.
        Contributions contributions = new Contributions(List.of(cases, care),
                JdbcClient.create(new DriverManagerDataSource()));
        UUID region = UUID.randomUUID();

        Map<String, Long> counts = contributions.counts(ReportTable.FUNNEL,
                Scope.municipality(region, UUID.randomUUID()), Period.year(2025));

        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("IN_CASE", 4L, "INTERVENTION", 2L,
                "IN_CARE_TRAJECTORY", 2L));
        assertThat(cases.asked).containsExactly(ReportTable.FUNNEL);
        assertThat(care.asked).containsExactly(ReportTable.FUNNEL);
    }

    @Test
    void withoutContributorsThereAreNoCountsYet() {
        assertThat(new Contributions(List.of(), JdbcClient.create(new DriverManagerDataSource()))
                .counts(ReportTable.FUNNEL, Scope.region(UUID.randomUUID()), Period.year(2025))).isNull();
    }

    private static ReportRow row(String code, long count) {
        return new ReportRow(code, "monitoring.funnel." + code, null, count, true);
    }
}
