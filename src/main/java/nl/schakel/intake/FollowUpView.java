package nl.schakel.intake;

import java.time.Instant;
import java.util.List;

import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalStatus;

/**
 * What the reporter sees of their signal: when it was received, where it stands in plain words, and
 * the conversation with the designated officer. Nothing the officer or partners added.
 */
public record FollowUpView(SignalId signalId, Instant receivedAt, SignalStatus status,
        List<Message> messages) {
}
