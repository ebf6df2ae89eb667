package nl.schakel.handling;

import java.time.LocalDate;

import nl.schakel.signal.SignalId;

/** A signal left the route with an outcome; its data may be purged or anonymised after {@code retainUntil}. */
public record SignalClosed(SignalId signalId, ClosingOutcome outcome, LocalDate retainUntil) {
}
