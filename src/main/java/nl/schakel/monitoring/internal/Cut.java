package nl.schakel.monitoring.internal;

/**
 * The cuts of the dashboard (issue 14): each a fixed SQL select of the codes one fact {@code f} counts under,
 * never user input. {@link DailyAggregates} counts them per day; {@link FigureQueries#countBy} sums the days.
 */
public enum Cut {
    FORM("select m.form from monitoring_signal_form m where m.signal_id = f.signal_id"),
    CHANNEL("select f.channel"),
    REPORTER_TYPE("select f.reporter_type"),
    MUNICIPALITY("select coalesce(cast(f.municipality_id as text), '')"),
    AGE_BAND("select f.age_band"),
    SEX("select f.sex"),
    VULNERABILITY("select v.code from unnest(f.vulnerabilities) as v(code)"),
    CLASSIFICATION("select coalesce(f.classification, :unclassified)");

    /** The code a signal without a classification counts under (bound as {@code :unclassified}). */
    static final String UNCLASSIFIED = "NONE";

    final String codes;

    Cut(String codes) {
        this.codes = codes;
    }
}
