package nl.schakel.stacking;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the registry knows about each subject of a signal, as one officer may see it: the other signals
 * of their own organisation in full, and for signals held elsewhere only that they exist and whom to
 * contact.
 */
public record StackView(List<Line> lines) {

    /** One subject of the signal with the other signals that mention it. */
    public record Line(UUID subjectId, String kind, String label, String outcome, List<OwnSignal> own,
            List<HitNotice> elsewhere, @Nullable Escalated escalated) {
    }

    /** Why the officers were told about this subject: its signals crossed the threshold. */
    public record Escalated(int signals, int reporters, int organisations, double score,
            java.time.Instant at) {
    }

    /** Another signal of the viewer's own organisation. */
    public record OwnSignal(UUID signalId, String reference, java.time.Instant receivedAt) {
    }

    /** Signals about the same subject held by another organisation: a count and a contact, nothing more. */
    public record HitNotice(String organisation, int signals) {
    }
}
