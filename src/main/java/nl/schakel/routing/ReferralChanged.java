package nl.schakel.routing;

import java.time.Instant;
import java.util.UUID;

import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;

/**
 * Published on every status change of a referral, the first SENT included, and on every further feedback
 * (FEEDBACK_GIVEN again: listeners that count feedback count the first, decision 0035). Identifiers only.
 *
 * @param actorUserId the user who made the change, or null for a partner system or a secure link
 */
public record ReferralChanged(ReferralId referralId, SignalId signalId, UUID sendingOrganisationId,
        UUID partnerOrganisationId, ReferralStatus status, @Nullable UUID actorUserId, Instant at) {
}
