package nl.schakel.care;

import java.util.Objects;
import java.util.UUID;

/** Identifies a victim's care trajectory. */
public record TrajectoryId(UUID value) {

    public TrajectoryId {
        Objects.requireNonNull(value, "value");
    }

    public static TrajectoryId random() {
        return new TrajectoryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
