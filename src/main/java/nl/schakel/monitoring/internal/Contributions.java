package nl.schakel.monitoring.internal;

import java.util.List;

import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.ReportContributions;
import nl.schakel.monitoring.ReportRow;
import nl.schakel.monitoring.ReportTable;
import nl.schakel.monitoring.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The rows other modules contribute through {@link ReportContributions}; none until a module implements it. */
@Component
class Contributions {

    private final List<ReportContributions> contributors;

    Contributions(List<ReportContributions> contributors) {
        this.contributors = contributors;
    }

    boolean any() {
        return !contributors.isEmpty();
    }

    List<ReportRow> rows(ReportTable table, Scope scope, Period period) {
        return contributors.stream().flatMap(c -> c.rows(table, scope, period).stream()).toList();
    }

    /** The count of one row code, or null when no module contributes to this table yet. */
    @Nullable Long count(ReportTable table, String code, Scope scope, Period period) {
        if (!any()) {
            return null;
        }
        return rows(table, scope, period).stream().filter(r -> r.code().equals(code)).mapToLong(ReportRow::count).sum();
    }
}
