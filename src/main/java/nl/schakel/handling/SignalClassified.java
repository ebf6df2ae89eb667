package nl.schakel.handling;

import nl.schakel.signal.SignalId;

/** Published when a classification level counts (decided, or confirmed by a second person). Identifiers only. */
public record SignalClassified(SignalId signalId, ClassificationLevel level) {
}
