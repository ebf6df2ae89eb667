package nl.schakel.routing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;

/** A referral as stored. */
public record ReferralRow(ReferralId id, SignalId signalId, UUID regionId, UUID sendingOrganisationId,
        String sendingOrganisationName, UUID partnerOrganisationId, String partnerName, ReferralStatus status,
        LegalBasis legalBasis, @Nullable String legalBasisText, Set<SharedPart> parts, @Nullable String note,
        LocalDate feedbackDue, Instant dueAt, @Nullable String declineReason, @Nullable String feedback,
        @Nullable UUID proposedPartnerId, @Nullable String proposedPartnerName, Instant createdAt) {

    public boolean overdueAt(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }
}
