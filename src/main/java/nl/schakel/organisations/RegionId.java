package nl.schakel.organisations;

import java.util.Objects;
import java.util.UUID;

/** Identifies a region. */
public record RegionId(UUID value) {

    public RegionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
