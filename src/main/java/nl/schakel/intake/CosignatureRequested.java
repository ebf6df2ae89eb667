package nl.schakel.intake;

import java.util.UUID;

import nl.schakel.signal.SignalId;

/**
 * A professional's signal waits for a manager of their organisation to co-sign it: new, or answered after a question.
 * Identifiers only (events are stored).
 */
public record CosignatureRequested(SignalId signalId, UUID organisationId) {
}
