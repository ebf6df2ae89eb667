package nl.schakel.intake;

import java.util.UUID;

import nl.schakel.signal.SignalId;

/**
 * An acute signal of a professional whose organisation asks for co-signing went to the designated officer at once:
 * its managers are told afterwards (decision 0034). Identifiers only.
 */
public record AcuteSignalPassedCosigning(SignalId signalId, UUID organisationId) {
}
