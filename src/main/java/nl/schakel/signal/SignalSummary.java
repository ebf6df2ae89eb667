package nl.schakel.signal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A line in a list of signals.
 *
 * @param takenUpBy who took the signal up ("Oppakken"), or null while nobody did
 */
public record SignalSummary(SignalId id, String reference, SignalStatus status, Instant receivedAt, boolean acute,
        Channel channel, String descriptionStart, int unreadReplies, @Nullable UUID takenUpBy) {
}
