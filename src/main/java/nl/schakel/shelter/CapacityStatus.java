package nl.schakel.shelter;

/** What a provider says about its places. */
public enum CapacityStatus {
    CAPACITY, NO_CAPACITY, WAITLIST, ASSESSMENT_REQUIRED
}
