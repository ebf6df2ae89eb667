package nl.schakel.signal;

import java.time.Instant;

/** A line in a list of signals. */
public record SignalSummary(SignalId id, String reference, SignalStatus status, Instant receivedAt, boolean acute,
        Channel channel, String descriptionStart, int unreadReplies) {
}
