package nl.schakel.shelter;

/** Why a service does not fit a profile; every excluded service shows each of its reasons, in words. */
public enum ExclusionReason {
    AREA, AGE, SEX, FORM, CONTRA_INDICATION, RESIDENCE_STATUS, UNACCOMPANIED_MINOR, TARGET, NO_CAPACITY
}
