package nl.schakel.shelter;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A service's places as its provider last reported them (and as placements lowered them since). */
public record CapacityFigure(UUID serviceId, String unit, int total, int funded, int available, int reserved,
        int waitlist, CapacityStatus status, @Nullable UUID updatedBy, Instant updatedAt) implements java.io.Serializable {

    /** After a day without an update the figure is "niet actueel" and the provider gets one reminder. */
    public static final Duration NOT_CURRENT_AFTER = Duration.ofHours(24);

    /** After three days it is greyed out in searches and ranked last. */
    public static final Duration STALE_AFTER = Duration.ofHours(72);

    public Freshness freshness(Instant now) {
        Duration age = Duration.between(updatedAt, now);
        if (age.compareTo(STALE_AFTER) > 0) {
            return Freshness.STALE;
        }
        return age.compareTo(NOT_CURRENT_AFTER) > 0 ? Freshness.NOT_CURRENT : Freshness.CURRENT;
    }

    /** How current a figure is. */
    public enum Freshness {
        CURRENT, NOT_CURRENT, STALE
    }
}
