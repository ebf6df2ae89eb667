package nl.schakel.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record whose period has passed (or is about to): its id, the source date its period counts from, and the user
 * who owns it (notified before, may extend once), if any.
 */
public record Due(UUID id, LocalDate sourceDate, @Nullable UUID ownerId) {

    /** A record whose source is a moment: its day in the application's zone. */
    public static Due at(UUID id, OffsetDateTime source, ZoneId zone, @Nullable UUID ownerId) {
        return new Due(id, source.atZoneSameInstant(zone).toLocalDate(), ownerId);
    }
}
