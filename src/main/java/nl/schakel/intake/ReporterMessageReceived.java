package nl.schakel.intake;

import java.util.UUID;

import nl.schakel.signal.SignalId;

/** Published when a reporter answers or adds information, so the receiving officers can be told. */
public record ReporterMessageReceived(SignalId signalId, UUID receivingOrganisationId) {
}
