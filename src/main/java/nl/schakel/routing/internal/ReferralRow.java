package nl.schakel.routing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
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

    /** This row with its organisations' names looked up in {@code names} (id → name); a missing name stays empty. */
    ReferralRow withNames(Map<UUID, String> names) {
        return new ReferralRow(id, signalId, regionId, sendingOrganisationId,
                names.getOrDefault(sendingOrganisationId, ""), partnerOrganisationId,
                names.getOrDefault(partnerOrganisationId, ""), status, legalBasis, legalBasisText, parts, note,
                feedbackDue, dueAt, declineReason, feedback, proposedPartnerId,
                proposedPartnerId == null ? null : names.get(proposedPartnerId), createdAt);
    }

    public boolean overdueAt(Instant now) {
        return status.isOpen() && now.isAfter(dueAt);
    }
}
