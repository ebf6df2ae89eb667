package nl.schakel.routing;

import java.time.Instant;
import java.util.UUID;

import nl.schakel.signal.SignalId;

/** Published once per referral when its feedback due date passes while the partner has not answered. */
public record ReferralOverdue(ReferralId referralId, SignalId signalId, UUID sendingOrganisationId,
        UUID partnerOrganisationId, Instant dueAt) {
}
