package nl.schakel.monitoring;

import java.util.List;

/**
 * What other modules (cases, care) add to the reports: implement it as a bean in the contributing module. Without
 * an implementation the tables show "nog geen gegevens". Only counts, never identifiers.
 */
public interface ReportContributions {

    List<ReportRow> rows(ReportTable table, Scope scope, Period period);
}
