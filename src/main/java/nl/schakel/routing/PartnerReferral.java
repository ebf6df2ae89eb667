package nl.schakel.routing;

import java.time.Instant;
import java.time.LocalDate;

/** A line in a partner's list of referrals: no signal content, only whether the signal is acute. */
public record PartnerReferral(ReferralId id, String signalReference, String sendingOrganisationName,
        ReferralStatus status, LocalDate feedbackDue, boolean overdue, Instant sentAt, boolean acute) {
}
