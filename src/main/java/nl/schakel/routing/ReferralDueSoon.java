package nl.schakel.routing;

import java.time.Instant;
import java.util.UUID;

import nl.schakel.signal.SignalId;

/** Published once per open referral the day before its feedback is due: a reminder for the partner. */
public record ReferralDueSoon(ReferralId referralId, SignalId signalId, UUID partnerOrganisationId,
        Instant dueAt) {
}
