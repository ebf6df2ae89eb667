package nl.schakel.signal;

import java.time.Instant;

/** Published on every move of a signal along the route (after its first status, RECEIVED). Identifiers only. */
public record SignalStatusChanged(SignalId signalId, SignalStatus status, Instant at) {
}
