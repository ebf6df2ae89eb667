package nl.schakel.handling;

/** Meetings where a signal may be discussed (domain §9). The Regietafel discusses trends only, so it is absent. */
public enum Meeting {
    LOCAL_UNDERMINING, DISTRICT_WORKING_GROUP, EXPERTISE_TEAM, CARE_ALIGNMENT
}
