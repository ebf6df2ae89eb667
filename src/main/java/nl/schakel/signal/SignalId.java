package nl.schakel.signal;

import java.util.Objects;
import java.util.UUID;

/** Identifies a signal. */
public record SignalId(UUID value) {

    public SignalId {
        Objects.requireNonNull(value, "value");
    }

    public static SignalId random() {
        return new SignalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
