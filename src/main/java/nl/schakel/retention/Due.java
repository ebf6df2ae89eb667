package nl.schakel.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A record whose period has passed (or is about to): its id, the source date its period counts from, and the user
 * who owns it (notified before, may extend once), if any.
 */
public record Due(UUID id, LocalDate sourceDate, @Nullable UUID ownerId) {
}
