package nl.schakel.signal;

/** Who reports, by kind of work (domain §5); the indicator catalogue has signs per type. */
public enum ReporterType {
    RESIDENT, FRONT_DESK, ENFORCEMENT, SOCIAL_TEAM, SCHOOL, GP, YOUTH_WORK, HOUSING, CARE, POLICE, OTHER,
    /** The reporter preferred not to say. */
    UNKNOWN
}
