package nl.schakel.retention;

/** From which date a record's period counts. */
public enum SourceDateRule {
    CLOSED_AT, LAST_ACTIVITY, END_OF_INTERVENTION
}
