package nl.schakel.monitoring.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportContributions;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.monitoring.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows other modules contribute through {@link ReportContributions} (decision 0033). A scope narrowed to a
 * sub-region reaches them as the sub-region's municipalities.
 */
@Component
class Contributions {

    private final List<ReportContributions> contributors;
    private final JdbcClient jdbc;

    Contributions(List<ReportContributions> contributors, JdbcClient jdbc) {
        this.contributors = contributors;
        this.jdbc = jdbc;
    }

    boolean any() {
        return !contributors.isEmpty();
    }

    List<ReportRow> rows(ReportTable table, Scope scope, Period period) {
        Area area = area(scope);
        return contributors.stream().flatMap(c -> c.rows(table, area, period).stream()).toList();
    }

    /**
     * The counts of a table's rows by code, summed over the contributors; each contributor is asked once (the
     * dashboard's funnel needs three of its steps per page). Null when no module contributes yet.
     */
    @Nullable Map<String, Long> counts(ReportTable table, Scope scope, Period period) {
        if (!any()) {
            return null;
        }
        Map<String, Long> counts = new HashMap<>();
        rows(table, scope, period).forEach(r -> counts.merge(r.code(), r.count(), Long::sum));
        return counts;
    }

    Area area(Scope scope) {
        if (scope.municipalityId() != null) {
            return new Area(scope.regionId(), Set.of(scope.municipalityId()));
        }
        if (scope.subRegion() != null) {
            Set<UUID> municipalities = new HashSet<>(jdbc.sql(
                    "select municipality_id from monitoring_sub_region where region_id = ? and sub_region = ?")
                    .param(scope.regionId()).param(scope.subRegion().name()).query(UUID.class).list());
            return new Area(scope.regionId(), municipalities);
        }
        return Area.region(scope.regionId());
    }
}
