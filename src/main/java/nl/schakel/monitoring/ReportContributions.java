package nl.schakel.monitoring;

import java.util.List;

/**
 * What other modules (cases, care, shelter) add to the reports: implement it as a bean in the contributing module,
 * counting over its own tables within the area and period (decision 0033). Without an implementation the tables
 * show "nog geen gegevens". Only counts, never identifiers. A module returns no rows for a table it does not add to.
 */
public interface ReportContributions {

    List<ReportRow> rows(ReportTable table, Area area, Period period);
}
