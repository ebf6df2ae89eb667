package nl.schakel.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;

/** A referral of a signal as its officer sees it, with its history. */
public record ReferralSummary(ReferralId id, SignalId signalId, UUID partnerOrganisationId, String partnerName,
        ReferralStatus status, LegalBasis legalBasis, @Nullable String legalBasisText, Set<SharedPart> parts,
        LocalDate feedbackDue, boolean overdue, @Nullable String note, @Nullable String declineReason,
        @Nullable String feedback, @Nullable UUID proposedPartnerId, @Nullable String proposedPartnerName,
        Instant sentAt, List<HistoryEntry> history) {

    /** Feedback is in and the referral may be completed (afronden, a confirmed step). */
    public boolean mayComplete() {
        return status.mayMoveTo(ReferralStatus.CLOSED);
    }

    /**
     * One status change.
     *
     * @param actorName the user's display name, or null when a partner system or secure link answered
     * @param via USER, API, SECURE_LINK or SYSTEM
     */
    public record HistoryEntry(ReferralStatus status, Instant at, @Nullable String actorName, String via) {
    }
}
