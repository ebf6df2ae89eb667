package nl.schakel.signal;

import java.util.UUID;

/**
 * Published when a signal has been received. Carries identifiers only: events are stored in the
 * publication registry, and personal data does not belong there.
 */
public record SignalReceived(SignalId signalId, UUID receivingOrganisationId, boolean acute) {
}
