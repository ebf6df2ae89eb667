package nl.schakel.intake;

import java.util.UUID;

import nl.schakel.signal.SignalId;

/** The manager sent a waiting signal back to its reporter with a question. Identifiers only. */
public record CosignatureReturned(SignalId signalId, UUID organisationId, UUID reporterAccountId) {
}
