package nl.schakel.routing;

import java.util.List;
import java.util.Map;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.routing.internal.FeedbackEntries;
import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import org.springframework.stereotype.Service;

/**
 * What partners fed back on a signal's referrals, every feedback with its date and organisation, for the officer's
 * Terugkoppelen step (issue 16 item 3). Only the sending organisation's designated officers; audited.
 */
@Service
public class ReferralFeedback {

    private final ReferralStore store;
    private final FeedbackEntries feedback;
    private final Signals signals;
    private final AuditTrail audit;

    ReferralFeedback(ReferralStore store, FeedbackEntries feedback, Signals signals, AuditTrail audit) {
        this.store = store;
        this.feedback = feedback;
        this.signals = signals;
        this.audit = audit;
    }

    /** One referral's partner, where it is, and its feedback, oldest first. */
    public record PartnerFeedback(ReferralId id, SignalId signalId, String partnerName, ReferralStatus status,
            List<SharedReferral.FeedbackEntry> entries) {

        /** Feedback is in and the referral may be completed (afronden, a confirmed step). */
        public boolean mayComplete() {
            return status.mayMoveTo(ReferralStatus.CLOSED);
        }
    }

    /** The signal's referrals that a partner has accepted or answered, with their feedback. */
    public List<PartnerFeedback> forSignal(SchakelUser officer, SignalId signal) {
        if (!signals.visibleTo(officer, signal)) {
            audit.record(Referrals.denied("REFERRAL_FEEDBACK_VIEWED", "SIGNAL", signal));
            return List.of();
        }
        List<ReferralRow> rows = store.forSignal(signal, officer.organisationId()).stream()
                .filter(r -> r.status() != ReferralStatus.SENT && r.status() != ReferralStatus.REVOKED
                        && r.status() != ReferralStatus.DECLINED)
                .toList();
        Map<ReferralId, List<SharedReferral.FeedbackEntry>> entries = feedback.of(rows.stream().map(ReferralRow::id)
                .toList());
        audit.record(AuditEvent.success("REFERRAL_FEEDBACK_VIEWED", "SIGNAL", signal, Referrals.PURPOSE));
        return rows.stream().map(r -> new PartnerFeedback(r.id(), r.signalId(), r.partnerName(), r.status(),
                entries.getOrDefault(r.id(), List.of()))).toList();
    }
}
