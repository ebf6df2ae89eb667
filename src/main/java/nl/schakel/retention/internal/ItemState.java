package nl.schakel.retention.internal;

/** An item of a batch: waiting, done (and on the destruction list), or held with its reason. */
public enum ItemState {
    PENDING, DONE, HELD
}
