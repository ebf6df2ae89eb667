package nl.schakel.intake;

import nl.schakel.signal.SignalId;
import java.util.UUID;

/** Published when a reporter answers or adds information, so the receiving officers can be told. */
public record ReporterMessageReceived(SignalId signalId, UUID receivingOrganisationId) {
}
