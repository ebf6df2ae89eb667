package nl.schakel.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.handling.internal.HandlingRecords.ClassificationRow;
import nl.schakel.handling.internal.ProposalRules;
import nl.schakel.handling.internal.Timeline;
import nl.schakel.organisations.Organisations;
import nl.schakel.signal.ReporterChannel;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalFacts;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import nl.schakel.stacking.Stacks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the designated officer of the receiving municipality does with a signal (route steps 3 to 6).
 * Every method first checks that the person may handle the signal — otherwise the signal does not
 * exist for them ({@link SignalNotFoundException}) — and every write is audited and on the timeline.
 */
@Service
public class SignalHandling {

    private static final String PURPOSE = "SIGNAL_HANDLING";
    private static final String SIGNAL = "SIGNAL";

    private final Signals signals;
    private final SignalProgress progress;
    private final ReporterChannel reporters;
    private final HandlingRecords records;
    private final Timeline timeline;
    private final ProposalRules rules;
    private final IndicatorCatalogues catalogues;
    private final Stacks stacks;
    private final UserDirectory users;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final HandlingProperties properties;
    private final OpenReferrals openReferrals;
    private final Clock clock;

    SignalHandling(Signals signals, SignalProgress progress, ReporterChannel reporters, HandlingRecords records,
            Timeline timeline, ProposalRules rules, IndicatorCatalogues catalogues, Stacks stacks, UserDirectory users,
            Organisations organisations, AuditTrail audit, ApplicationEventPublisher events,
            HandlingProperties properties, OpenReferrals openReferrals, Clock clock) {
        this.signals = signals;
        this.progress = progress;
        this.reporters = reporters;
        this.records = records;
        this.timeline = timeline;
        this.rules = rules;
        this.catalogues = catalogues;
        this.stacks = stacks;
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.openReferrals = openReferrals;
        this.clock = clock;
    }

    /** The signal is not there for this person: it does not exist, or they may not handle it. */
    public static class SignalNotFoundException extends RuntimeException {
        SignalNotFoundException() {
            super("signal not found");
        }
    }

    /** What was recorded on a signal the officer already opened (the opening itself is audited by the intake). */
    public HandlingView view(SchakelUser officer, SignalDetail signal) {
        SignalId id = signal.id();
        if (!signals.visibleTo(officer, id)) {
            audit.record(new AuditEvent("HANDLING_VIEWED", SIGNAL, id.toString(), PURPOSE, Outcome.DENIED));
            throw new SignalNotFoundException();
        }
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
        List<Timeline.Step> steps = timeline.of(id);
        steps.stream().map(Timeline.Step::actorId).filter(java.util.Objects::nonNull).forEach(people::add);
        signal.history().stream().map(SignalDetail.StatusChange::userId).filter(java.util.Objects::nonNull)
                .forEach(people::add);
        if (closure != null && closure.reporterInformedBy() != null) {
            people.add(closure.reporterInformedBy());
        }
        Map<UUID, String> names = users.displayNames(people);
        Stacks.StackWeight stack = stacks.weight(id);
        ClassificationProposal proposal = rules.propose(signal.facts(),
                catalogues.version(signal.catalogueVersion()).orElseGet(catalogues::current), stack.otherSignals(),
                stack.escalated());
        return new HandlingView(
                notes.stream().map(n -> new HandlingView.Note(name(names, n.authorId()), n.body(),
                        n.at().toInstant())).toList(),
                enrichments.stream().map(e -> new HandlingView.Enrichment(e.source(), e.checked(),
                        e.found(), e.finding(), name(names, e.authorId()), e.at().toInstant())).toList(),
                consultations.stream().map(c -> new HandlingView.Consultation(c.id(), c.meeting(),
                        c.plannedOn(), c.outcome(), name(names, c.createdBy()),
                        c.outcomeAt() == null ? null : c.outcomeAt().toInstant())).toList(),
                classifications.stream().filter(c -> c.state().equals("CONFIRMED"))
                        .max(Comparator.comparing(c -> c.confirmedAt() != null ? c.confirmedAt() : c.decidedAt()))
                        .map(c -> classification(c, names, officer)).orElse(null),
                classifications.stream().filter(c -> c.state().equals("AWAITING_CONFIRMATION")).findFirst()
                        .map(c -> classification(c, names, officer)).orElse(null),
                proposal, closure(closure, names), timeline(signal, steps, names));
    }

    @Transactional
    public void addNote(SchakelUser officer, SignalId id, String body) {
        requireOpen(officer, id, "SIGNAL_NOTE_ADDED");
        records.addNote(id, officer.userId(), body);
        timeline.add(id, TimelineKind.NOTE_ADDED, null, officer.userId(), null);
        audit.record(AuditEvent.success("SIGNAL_NOTE_ADDED", SIGNAL, id, PURPOSE));
    }

    /** Route step 3: what was checked in the municipality's own records and what was found. */
    @Transactional
    public void recordEnrichment(SchakelUser officer, SignalId id, EnrichmentSource source, String checked,
            boolean found, @Nullable String finding) {
        requireOpen(officer, id, "SIGNAL_ENRICHED");
        records.addEnrichment(id, officer.userId(), source, checked, found, finding);
        timeline.add(id, TimelineKind.ENRICHMENT_RECORDED, source.name(), officer.userId(), null);
        progress.advanceIfAllowed(id, SignalStatus.ENRICHED, officer.userId());
        audit.record(AuditEvent.success("SIGNAL_ENRICHED", SIGNAL, id, PURPOSE));
    }

    @Transactional
    public void planConsultation(SchakelUser officer, SignalId id, Meeting meeting, LocalDate plannedOn) {
        requireOpen(officer, id, "CONSULTATION_PLANNED");
        records.planConsultation(id, officer.userId(), meeting, plannedOn);
        timeline.add(id, TimelineKind.CONSULTATION_PLANNED, meeting.name(), officer.userId(), null);
        audit.record(AuditEvent.success("CONSULTATION_PLANNED", SIGNAL, id, PURPOSE));
    }

    @Transactional
    public void recordConsultationOutcome(SchakelUser officer, SignalId id, UUID consultation, String outcome) {
        requireOpen(officer, id, "CONSULTATION_OUTCOME_RECORDED");
        if (!records.recordConsultationOutcome(id, consultation, officer.userId(), outcome)) {
            throw new HandlingRefusedException("handling.refused.consultationDone");
        }
        timeline.add(id, TimelineKind.CONSULTATION_OUTCOME, null, officer.userId(), null);
        audit.record(AuditEvent.success("CONSULTATION_OUTCOME_RECORDED", SIGNAL, id, PURPOSE));
    }

    /**
     * A person chooses a level and says why. "Trafficking" waits for a second authorised person; the
     * other levels count at once and mark the signal as assessed.
     */
    @Transactional
    public void classify(SchakelUser officer, SignalId id, ClassificationLevel level, String reason) {
        SignalFacts signal = requireOpen(officer, id, "SIGNAL_CLASSIFIED");
        if (records.classifications(id).stream().anyMatch(c -> c.state().equals("AWAITING_CONFIRMATION"))) {
            throw new HandlingRefusedException("handling.refused.awaitingConfirmation");
        }
        Stacks.StackWeight stack = stacks.weight(id);
        ClassificationProposal proposal = rules.propose(signal,
                catalogues.version(signal.catalogueVersion()).orElseGet(catalogues::current), stack.otherSignals(),
                stack.escalated());
        boolean waits = level.needsSecondPerson();
        records.addClassification(id, level, proposal.level(), proposal.score(), reason, waits, officer.userId());
        if (waits) {
            timeline.add(id, TimelineKind.CLASSIFICATION_AWAITING_CONFIRMATION, level.name(), officer.userId(), null);
            events.publishEvent(new ClassificationAwaitingConfirmation(id, officer.organisationId(), officer.userId()));
        } else {
            timeline.add(id, TimelineKind.CLASSIFIED, level.name(), officer.userId(), null);
            progress.advanceIfAllowed(id, SignalStatus.ASSESSED, officer.userId());
        }
        audit.record(AuditEvent.success("SIGNAL_CLASSIFIED", SIGNAL, id, PURPOSE));
    }

    /** The second person confirms "trafficking"; the person who chose it cannot. */
    @Transactional
    public void confirmClassification(SchakelUser officer, SignalId id, UUID classification) {
        requireOpen(officer, id, "CLASSIFICATION_CONFIRMED");
        ClassificationRow row = awaiting(id, classification);
        if (row.decidedBy().equals(officer.userId())) {
            audit.record(new AuditEvent("CLASSIFICATION_CONFIRMED", SIGNAL, id.toString(), PURPOSE, Outcome.DENIED));
            throw new HandlingRefusedException("handling.refused.samePerson");
        }
        if (!records.settle(id, classification, true, officer.userId())) {
            throw new HandlingRefusedException("handling.refused.nothingToConfirm");
        }
        timeline.add(id, TimelineKind.CLASSIFICATION_CONFIRMED, row.level().name(), officer.userId(), null);
        progress.advanceIfAllowed(id, SignalStatus.ASSESSED, officer.userId());
        audit.record(AuditEvent.success("CLASSIFICATION_CONFIRMED", SIGNAL, id, PURPOSE));
    }

    /** The second person does not confirm, or the first withdraws the choice; the earlier level stays. */
    @Transactional
    public void rejectClassification(SchakelUser officer, SignalId id, UUID classification) {
        requireOpen(officer, id, "CLASSIFICATION_REJECTED");
        ClassificationRow row = awaiting(id, classification);
        if (!records.settle(id, classification, false, officer.userId())) {
            throw new HandlingRefusedException("handling.refused.nothingToConfirm");
        }
        timeline.add(id, TimelineKind.CLASSIFICATION_REJECTED, row.level().name(), officer.userId(), null);
        audit.record(AuditEvent.success("CLASSIFICATION_REJECTED", SIGNAL, id, PURPOSE));
    }

    /** Route step 6: a message the reporter reads on their follow-up page, and the record that they were told. */
    @Transactional
    public void informReporter(SchakelUser officer, SignalId id, FeedbackTemplate template, String text) {
        requireOpen(officer, id, "REPORTER_INFORMED");
        if (!reporters.messageReporter(officer, id, text)) {
            throw new SignalNotFoundException();
        }
        records.reporterInformed(id, officer.userId(), template);
        timeline.add(id, TimelineKind.REPORTER_INFORMED, template.name(), officer.userId(), null);
        progress.advanceIfAllowed(id, SignalStatus.REPORTER_INFORMED, officer.userId());
        audit.record(AuditEvent.success("REPORTER_INFORMED", SIGNAL, id, PURPOSE));
    }

    /**
     * Ends the signal's route. Closing needs the reporter to have been told, or a reason why not, and no
     * referral still waiting for a partner; merging names what it was merged into, withdrawing says why.
     */
    @Transactional
    public LocalDate close(SchakelUser officer, SignalId id, ClosingOutcome outcome, @Nullable String note,
            @Nullable String notInformedReason) {
        requireOpen(officer, id, "SIGNAL_CLOSED");
        if (outcome.isSideExit() && blank(note)) {
            throw new HandlingRefusedException("handling.refused.noteRequired." + outcome.name());
        }
        boolean informed = records.closure(id).map(c -> c.reporterInformedAt() != null).orElse(false);
        if (!outcome.isSideExit() && !informed && blank(notInformedReason)) {
            throw new HandlingRefusedException("handling.refused.informReporterFirst");
        }
        if (openReferrals.anyOpen(id)) {
            throw new HandlingRefusedException("handling.refused.openReferrals");
        }
        if (!progress.advanceIfAllowed(id, outcome.status(), officer.userId())) {
            throw new HandlingRefusedException("handling.refused.route");
        }
        LocalDate retainUntil = LocalDate.now(clock).plus(properties.retentionOf(outcome));
        records.close(id, officer.userId(), outcome, blankToNull(note), informed ? null : blankToNull(notInformedReason),
                retainUntil);
        timeline.add(id, TimelineKind.CLOSED, outcome.name(), officer.userId(), null);
        events.publishEvent(new SignalClosed(id, outcome, retainUntil));
        audit.record(AuditEvent.success("SIGNAL_CLOSED", SIGNAL, id, PURPOSE));
        return retainUntil;
    }

    private SignalFacts require(SchakelUser officer, SignalId id, String action) {
        if (!signals.visibleTo(officer, id)) {
            audit.record(new AuditEvent(action, SIGNAL, id.toString(), PURPOSE, Outcome.DENIED));
            throw new SignalNotFoundException();
        }
        return signals.facts(id).orElseThrow(SignalNotFoundException::new);
    }

    private SignalFacts requireOpen(SchakelUser officer, SignalId id, String action) {
        SignalFacts signal = require(officer, id, action);
        if (signal.status().isFinal()) {
            throw new HandlingRefusedException("handling.refused.closed");
        }
        return signal;
    }

    private ClassificationRow awaiting(SignalId id, UUID classification) {
        return records.classifications(id).stream()
                .filter(c -> c.id().equals(classification) && c.state().equals("AWAITING_CONFIRMATION"))
                .findFirst().orElseThrow(() -> new HandlingRefusedException("handling.refused.nothingToConfirm"));
    }

    private HandlingView.Classification classification(ClassificationRow c, Map<UUID, String> names,
            SchakelUser viewer) {
        return new HandlingView.Classification(c.id(), c.level(), c.proposed(), c.score(), c.reason(),
                name(names, c.decidedBy()), c.decidedAt().toInstant(),
                c.confirmedBy() == null ? null : name(names, c.confirmedBy()),
                c.confirmedAt() == null ? null : c.confirmedAt().toInstant(),
                !c.decidedBy().equals(viewer.userId()));
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

    private List<HandlingView.TimelineEntry> timeline(SignalDetail signal, List<Timeline.Step> steps,
            Map<UUID, String> names) {
        Set<UUID> partners = new HashSet<>();
        steps.stream().map(Timeline.Step::organisationId).filter(java.util.Objects::nonNull).forEach(partners::add);
        Map<UUID, String> organisationNames = organisations.namesOf(partners);
        List<HandlingView.TimelineEntry> entries = new ArrayList<>();
        signal.history().forEach(h -> entries.add(new HandlingView.TimelineEntry(h.at(), "STATUS",
                "signal.status." + h.status().name(), h.userId() == null ? null : name(names, h.userId()), null)));
        steps.forEach(s -> entries.add(new HandlingView.TimelineEntry(s.at(), s.kind().name(),
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
            default -> detail;
        };
    }

    private static String name(Map<UUID, String> names, UUID id) {
        return names.getOrDefault(id, "?");
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
