package nl.schakel.access;

/**
 * A token just created, with its secret value: shown to the administrator once and never again.
 *
 * @param value the bearer token the partner system sends, {@code skl_} followed by 43 base64url characters
 */
public record CreatedApiToken(ApiTokenId id, String value) {

    /** Never prints the secret: this object may end up in a log line. */
    @Override
    public String toString() {
        return "CreatedApiToken[" + id + "]";
    }
}
