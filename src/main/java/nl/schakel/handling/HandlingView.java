package nl.schakel.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.schakel.meetings.MeetingType;
import org.jspecify.annotations.Nullable;

/** What the officer recorded while handling a signal, for the signal page. */
public record HandlingView(List<Note> notes, List<Enrichment> enrichments, List<Consultation> consultations,
        @Nullable Classification current, @Nullable Classification awaiting, ClassificationProposal proposal,
        Closure closure, List<TimelineEntry> timeline) {

    public record Note(String author, String body, Instant at) {
    }

    public record Enrichment(EnrichmentSource source, String checked, boolean found, @Nullable String finding,
            String author, Instant at) {
    }

    public record Consultation(UUID id, UUID meetingId, MeetingType meeting, LocalDate plannedOn, @Nullable String outcome,
            String author, @Nullable Instant outcomeAt) {
    }

    /** A classification; {@code mayConfirm} says whether the viewer is a second person who may confirm it. */
    public record Classification(UUID id, ClassificationLevel level, ClassificationLevel proposed, int score,
            String reason, String decidedBy, Instant decidedAt, @Nullable String confirmedBy,
            @Nullable Instant confirmedAt, boolean mayConfirm) {
    }

    public record Closure(@Nullable Instant reporterInformedAt, @Nullable String reporterInformedBy,
            @Nullable ClosingOutcome outcome, @Nullable String note, @Nullable String notInformedReason,
            @Nullable Instant closedAt, @Nullable LocalDate retainUntil) {

        public static final Closure NONE = new Closure(null, null, null, null, null, null, null);

        public boolean reporterInformed() {
            return reporterInformedAt != null;
        }
    }

    /**
     * One step: {@code kind} names the message ({@code handling.timeline.<kind>}), {@code detailKey} the
     * message of its detail (a status, a level, an outcome), or null.
     */
    public record TimelineEntry(Instant at, String kind, @Nullable String detailKey, @Nullable String actor,
            @Nullable String organisation) {
    }
}
