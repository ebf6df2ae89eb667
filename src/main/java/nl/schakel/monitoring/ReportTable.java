package nl.schakel.monitoring;

/**
 * The tables other modules may add rows to through {@link ReportContributions}: cases and interventions (T4),
 * victims (T5), the funnel's last three steps and the victims table's trajectory registrations.
 */
public enum ReportTable {
    /** T4: cases, per intervention type, and controls. Row codes are the contributor's, labels its message keys. */
    CASES_AND_INTERVENTIONS,
    /** T5: trajectories, B8 periods, placements per kind, Nidos referrals. */
    VICTIMS,
    /** Funnel steps after "reporter informed": codes IN_CASE, INTERVENTION, IN_CARE_TRAJECTORY. */
    FUNNEL,
    /** The regional victims table (001 §1.3): code = source row (POLICE, CARE_COORDINATORS, OTHER), sub-region. */
    VICTIM_REGISTRATIONS
}
