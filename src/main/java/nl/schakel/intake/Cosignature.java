package nl.schakel.intake;

import java.time.Instant;
import java.util.UUID;

import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;

/**
 * A professional's signal on route step 1 (decision 0034): whose organisation's managers may co-sign it, who reported
 * it (an account of that organisation, never the sealed identity), where it stands, and the manager's question with
 * the reporter's answer.
 */
public record Cosignature(SignalId signalId, UUID organisationId, UUID reporterAccountId, CosignState state,
        @Nullable String question, @Nullable String answer, Instant requestedAt) {
}
