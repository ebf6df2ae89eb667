package nl.schakel.routing;

import java.util.Objects;
import java.util.UUID;

/** Identifies a referral of a signal to a partner. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
