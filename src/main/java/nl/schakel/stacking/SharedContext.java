package nl.schakel.stacking;

/**
 * Something the signals of two persons share, found by the caller with the exact keys of {@link Normalise}:
 * strong evidence that the persons are the same, weighed by {@link PersonMatcher}.
 */
public enum SharedContext {
    /** The same E.164 phone number is tied to both persons. */
    PHONE,
    /** The same address key (postcode and house number) is tied to both persons. */
    ADDRESS,
    /** The same online handle or profile is tied to both persons. */
    ONLINE
}
