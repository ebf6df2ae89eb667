package nl.schakel.handling;

import java.util.UUID;

import nl.schakel.signal.SignalId;

/** A person chose "trafficking"; another authorised person of the organisation must confirm it. */
public record ClassificationAwaitingConfirmation(SignalId signalId, UUID organisationId, UUID proposedBy) {
}
