package nl.schakel.stacking;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the registry knows about each subject of a signal, as one officer may see it ({@link StackLens}): the other
 * signals of their own organisation in full, and for signals held elsewhere only that they exist and whom to
 * contact.
 */
public record StackView(List<Line> lines) {

    /**
     * One subject of the signal with the other signals that mention it.
     *
     * @param label           the subject as the viewer's signal describes it; null when that is not recorded
     *                        (mentions from before V17_1): never another signal's description
     * @param possiblyKnownBy the organisations to contact because the subject may be a person they know: a
     *                        proposed link the viewer may not see (names only, no score or evidence)
     * @param generic         a phone number, address or online identity shared by so many persons that it no
     *                        longer links persons (see {@code SubjectRegistry.GENERIC_AFTER})
     */
    public record Line(UUID subjectId, String kind, @Nullable String label, String outcome, List<OwnSignal> own,
            List<HitNotice> elsewhere, List<String> possiblyKnownBy, @Nullable Escalated escalated,
            boolean generic) {

        /** Whether nothing but this signal is known about the subject, as far as the viewer may know. */
        public boolean onlyThis() {
            return own.isEmpty() && elsewhere.isEmpty() && possiblyKnownBy.isEmpty();
        }
    }

    /**
     * Why the officers were told about this subject: its signals crossed the threshold (issue 11: counting the
     * signals about persons probably the same, marked as such, for review).
     *
     * @param own              the counted (or no longer counted) signals the viewer's organisation holds
     * @param elsewhere        how many counted signals other organisations hold (never which)
     * @param removedElsewhere how many signals of other organisations no longer count
     * @param holds            whether the counts still reach the threshold after what was reviewed since
     */
    public record Escalated(int signals, int reporters, int organisations, double score,
            java.time.Instant at, List<EscalatedSignal> own, int elsewhere, int removedElsewhere, boolean toReview,
            boolean holds) {
    }

    /** A signal of the viewer's own organisation an escalation counts (or counted), with how it is linked. */
    public record EscalatedSignal(UUID signalId, String reference, EscalatedLink link, boolean thisSignal) {
    }

    /** Another signal of the viewer's own organisation. */
    public record OwnSignal(UUID signalId, String reference, java.time.Instant receivedAt) {
    }

    /** Signals about the same subject held by another organisation: a count and a contact, nothing more. */
    public record HitNotice(String organisation, int signals) {
    }

    /**
     * A proposed link the viewer may review: both persons are known only from their own organisation's signals.
     *
     * @param label          the person as this signal describes it
     * @param candidateLabel the person it may be, as the viewer's organisation first described them
     */
    public record Proposal(UUID id, String label, String candidateLabel, double score, List<Evidence> evidence) {
    }

    /** A merge the viewer may see and split: the person merged into is known only from their own organisation. */
    public record Merge(UUID id, @Nullable String label, String intoLabel) {
    }
}
