package nl.schakel.handling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.handling.internal.HandlingRecords.ClassificationRow;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.handling.internal.Proposer;
import nl.schakel.handling.internal.Timeline;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the officers recorded while handling a signal, for the signal page: notes, enrichments, consultations,
 * the classification (and the one awaiting a second person) next to the proposal, the closure, and the timeline
 * of every step with names instead of ids.
 */
@Service
public class HandlingOverview {

    private final HandlingSteps steps;
    private final HandlingRecords records;
    private final Timeline timeline;
    private final Proposer proposer;
    private final UserDirectory users;
    private final Organisations organisations;

    HandlingOverview(HandlingSteps steps, HandlingRecords records, Timeline timeline, Proposer proposer,
            UserDirectory users, Organisations organisations) {
        this.steps = steps;
        this.records = records;
        this.timeline = timeline;
        this.proposer = proposer;
        this.users = users;
        this.organisations = organisations;
    }

    /** What was recorded on a signal the officer already opened (the opening itself is audited by the intake). */
    public HandlingView view(SchakelUser officer, SignalDetail signal) {
        SignalId id = signal.id();
        steps.requireVisible(officer, id, "HANDLING_VIEWED");
        List<ClassificationRow> classifications = records.classifications(id);
        HandlingRecords.ClosureRow closure = records.closure(id).orElse(null);
        List<HandlingRecords.NoteRow> notes = records.notes(id);
        List<HandlingRecords.EnrichmentRow> enrichments = records.enrichments(id);
        List<HandlingRecords.ConsultationRow> consultations = records.consultations(id);
        Set<UUID> people = new HashSet<>();
        notes.forEach(n -> people.add(n.authorId()));
        enrichments.forEach(e -> people.add(e.authorId()));
        consultations.forEach(c -> people.add(c.createdBy()));
        classifications.forEach(c -> {
            people.add(c.decidedBy());
            if (c.confirmedBy() != null) {
                people.add(c.confirmedBy());
            }
        });
        List<Timeline.Step> taken = timeline.of(id);
        taken.stream().map(Timeline.Step::actorId).filter(Objects::nonNull).forEach(people::add);
        signal.history().stream().map(SignalDetail.StatusChange::userId).filter(Objects::nonNull)
                .forEach(people::add);
        if (closure != null && closure.reporterInformedBy() != null) {
            people.add(closure.reporterInformedBy());
        }
        Map<UUID, String> names = users.displayNames(people);
        ClassificationProposal proposal = proposer.propose(signal.facts());
        return new HandlingView(
                notes.stream().map(n -> new HandlingView.Note(name(names, n.authorId()), n.body(),
                        n.at().toInstant())).toList(),
                enrichments.stream().map(e -> new HandlingView.Enrichment(e.source(), e.checked(),
                        e.found(), e.finding(), name(names, e.authorId()), e.at().toInstant())).toList(),
                consultations.stream().map(c -> new HandlingView.Consultation(c.id(), c.meetingId(), c.meeting(),
                        c.plannedOn(), c.outcome(), name(names, c.createdBy()),
                        c.outcomeAt() == null ? null : c.outcomeAt().toInstant())).toList(),
                classifications.stream().filter(c -> c.state().counts())
                        .max(Comparator.comparing(c -> c.confirmedAt() != null ? c.confirmedAt() : c.decidedAt()))
                        .map(c -> classification(c, names, officer)).orElse(null),
                classifications.stream().filter(c -> c.state().awaitsConfirmation()).findFirst()
                        .map(c -> classification(c, names, officer)).orElse(null),
                proposal, closure(closure, names), timeline(signal, taken, names));
    }


    private HandlingView.Classification classification(ClassificationRow c, Map<UUID, String> names,
            SchakelUser viewer) {
        return new HandlingView.Classification(c.id(), c.level(), c.proposed(), c.score(), c.reason(),
                name(names, c.decidedBy()), c.decidedAt().toInstant(),
                c.confirmedBy() == null ? null : name(names, c.confirmedBy()),
                c.confirmedAt() == null ? null : c.confirmedAt().toInstant(),
                c.state().mayBeConfirmedBy(c.decidedBy(), viewer.userId()));
    }

    private static HandlingView.Closure closure(HandlingRecords.@Nullable ClosureRow row, Map<UUID, String> names) {
        if (row == null) {
            return HandlingView.Closure.NONE;
        }
        return new HandlingView.Closure(row.reporterInformedAt() == null ? null : row.reporterInformedAt().toInstant(),
                row.reporterInformedBy() == null ? null : name(names, row.reporterInformedBy()),
                row.outcome() == null ? null : ClosingOutcome.valueOf(row.outcome()), row.note(),
                row.notInformedReason(), row.closedAt() == null ? null : row.closedAt().toInstant(),
                row.retainUntil());
    }

    private List<HandlingView.TimelineEntry> timeline(SignalDetail signal, List<Timeline.Step> taken,
            Map<UUID, String> names) {
        Set<UUID> partners = new HashSet<>();
        taken.stream().map(Timeline.Step::organisationId).filter(Objects::nonNull).forEach(partners::add);
        Map<UUID, String> organisationNames = organisations.namesOf(partners);
        List<HandlingView.TimelineEntry> entries = new ArrayList<>();
        signal.history().forEach(h -> entries.add(new HandlingView.TimelineEntry(h.at(), "STATUS",
                "signal.status." + h.status().name(), h.userId() == null ? null : name(names, h.userId()), null)));
        taken.forEach(s -> entries.add(new HandlingView.TimelineEntry(s.at(), s.kind().name(),
                s.detail() == null ? null : detailKey(s.kind(), s.detail()),
                s.actorId() == null ? null : name(names, s.actorId()),
                s.organisationId() == null ? null : organisationNames.get(s.organisationId()))));
        entries.sort(Comparator.comparing(HandlingView.TimelineEntry::at));
        return entries;
    }

    private static String detailKey(TimelineKind kind, String detail) {
        return switch (kind) {
            case ENRICHMENT_RECORDED -> "handling.source." + detail;
            case CONSULTATION_PLANNED -> "handling.meeting." + detail;
            case CLASSIFIED, CLASSIFICATION_AWAITING_CONFIRMATION, CLASSIFICATION_CONFIRMED,
                    CLASSIFICATION_REJECTED -> "handling.level." + detail;
            case REPORTER_INFORMED -> "handling.template." + detail + ".name";
            case CLOSED -> "handling.outcome." + detail;
            case REFERRAL -> "handling.referral." + detail;
            case MEETING_DECISION -> "handling.meetingDecision." + detail;
            default -> detail;
        };
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return names.getOrDefault(id, "?");
    }
}
