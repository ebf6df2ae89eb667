package nl.schakel.monitoring.internal;

/** The cuts of the dashboard (issue 14): each a fixed SQL expression over monitoring's facts, never user input. */
public enum Cut {
    FORM("m.form", "join monitoring_signal_form m on m.signal_id = f.signal_id"),
    CHANNEL("f.channel", ""),
    REPORTER_TYPE("f.reporter_type", ""),
    MUNICIPALITY("cast(f.municipality_id as text)", ""),
    AGE_BAND("f.age_band", ""),
    SEX("f.sex", ""),
    VULNERABILITY("v.code", "cross join lateral unnest(f.vulnerabilities) as v(code)"),
    CLASSIFICATION("coalesce(f.classification, 'NONE')", "");

    final String expression;
    final String join;

    Cut(String expression, String join) {
        this.expression = expression;
        this.join = join;
    }
}
