package nl.schakel.access;

import java.util.Objects;
import java.util.UUID;

/** Identifies an API token (never the token's secret value). */
public record ApiTokenId(UUID value) {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiTokenId random() {
        return new ApiTokenId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
