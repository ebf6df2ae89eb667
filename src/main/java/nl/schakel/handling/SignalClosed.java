package nl.schakel.handling;

import java.time.LocalDate;

import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;

/**
 * A signal left the route with an outcome; its data may be anonymised after {@code retainUntil}, the day the governing
 * retention policy gives (null when that policy keeps it).
 */
public record SignalClosed(SignalId signalId, ClosingOutcome outcome, @Nullable LocalDate retainUntil) {
}
