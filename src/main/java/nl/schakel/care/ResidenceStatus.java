package nl.schakel.care;

/** The victim's residence status; UNDOCUMENTED victims are offered a B8 reflection period. */
public enum ResidenceStatus {
    DUTCH_OR_EU, RESIDENCE_PERMIT, ASYLUM_PROCEDURE, UNDOCUMENTED, UNKNOWN
}
