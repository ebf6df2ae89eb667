package nl.schakel.stacking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.intake.SignalId;
import nl.schakel.intake.Signals;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.stacking.registry.Escalation;
import nl.schakel.stacking.registry.Review;
import nl.schakel.stacking.registry.SubjectRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds stack views within need-to-know, and audits every look. */
@Service
public class Stacks {

    private static final String PURPOSE = "SIGNAL_HANDLING";

    private final SubjectRegistry registry;
    private final Review review;
    private final Escalation escalation;
    private final Signals signals;
    private final Organisations organisations;
    private final AuditTrail audit;

    Stacks(SubjectRegistry registry, Review review, Escalation escalation, Signals signals,
            Organisations organisations, AuditTrail audit) {
        this.registry = registry;
        this.review = review;
        this.escalation = escalation;
        this.signals = signals;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The stack of a signal the officer may see; empty (and audited as denied) otherwise. */
    public Optional<StackView> forSignal(SchakelUser officer, SignalId id) {
        if (!signals.visibleTo(officer, id)) {
            audit.record(new AuditEvent("STACK_VIEWED", "SIGNAL", id.toString(), PURPOSE, Outcome.DENIED));
            return Optional.empty();
        }
        List<StackView.Line> lines = registry.mentionsOf(id.value()).stream()
                .map(m -> line(officer, id, m)).toList();
        audit.record(AuditEvent.success("STACK_VIEWED", "SIGNAL", id, PURPOSE));
        return Optional.of(new StackView(lines));
    }

    /** Proposed links of this signal's persons, with the matcher's reasons; empty unless the officer may see it. */
    public List<Review.Proposal> proposals(SchakelUser officer, SignalId id) {
        return signals.visibleTo(officer, id) ? review.openFor(id.value()) : List.of();
    }

    public List<Review.Merge> merges(SchakelUser officer, SignalId id) {
        return signals.visibleTo(officer, id) ? review.mergesFor(id.value()) : List.of();
    }

    /** The officer confirms that the two are the same person: they are merged. */
    @Transactional
    public boolean confirm(SchakelUser officer, SignalId id, UUID proposal) {
        boolean done = signals.visibleTo(officer, id)
                && review.confirm(id.value(), proposal, officer.userId()).isPresent();
        audit.record(new AuditEvent("STACK_LINK_CONFIRMED", "SUBJECT_PROPOSAL", proposal.toString(), PURPOSE,
                done ? Outcome.SUCCESS : Outcome.DENIED));
        return done;
    }

    /** The officer says they are different people: the pair is never proposed again. */
    @Transactional
    public boolean reject(SchakelUser officer, SignalId id, UUID proposal) {
        boolean done = signals.visibleTo(officer, id) && review.reject(id.value(), proposal, officer.userId());
        audit.record(new AuditEvent("STACK_LINK_REJECTED", "SUBJECT_PROPOSAL", proposal.toString(), PURPOSE,
                done ? Outcome.SUCCESS : Outcome.DENIED));
        return done;
    }

    /** Undoes a merge: the signal's person is separate again. */
    @Transactional
    public boolean split(SchakelUser officer, SignalId id, UUID merge) {
        boolean done = signals.visibleTo(officer, id) && review.split(id.value(), merge, officer.userId());
        audit.record(new AuditEvent("STACK_SPLIT", "SUBJECT_MERGE", merge.toString(), PURPOSE,
                done ? Outcome.SUCCESS : Outcome.DENIED));
        return done;
    }

    /**
     * How far the signal's subjects have stacked up, as counts only and without reading any signal: the
     * other signals about the same subjects (any organisation) and whether one of them escalated.
     */
    public StackWeight weight(SignalId id) {
        java.util.Set<UUID> others = new java.util.HashSet<>();
        boolean escalated = false;
        for (SubjectRegistry.Mentioned mention : registry.mentionsOf(id.value())) {
            others.addAll(registry.signalsMentioning(mention.subjectId(), id.value()));
            escalated |= escalation.explanation(mention.subjectId()).isPresent();
        }
        return new StackWeight(others.size(), escalated);
    }

    /** Counts for an explainable score, never content. */
    public record StackWeight(int otherSignals, boolean escalated) {
    }

    private StackView.Line line(SchakelUser officer, SignalId id, SubjectRegistry.Mentioned mention) {
        List<Signals.Holder> holders = signals.holders(registry.signalsMentioning(mention.subjectId(), id.value()));
        List<StackView.OwnSignal> own = holders.stream()
                .filter(h -> h.receivingOrganisationId().equals(officer.organisationId()))
                .map(h -> new StackView.OwnSignal(h.id().value(), h.reference(), h.receivedAt())).toList();
        Map<String, Integer> elsewhere = new TreeMap<>();
        holders.stream().filter(h -> !h.receivingOrganisationId().equals(officer.organisationId()))
                .forEach(h -> elsewhere.merge(organisations.find(new OrganisationId(h.receivingOrganisationId()))
                        .map(Organisation::name).orElse("?"), 1, Integer::sum));
        return new StackView.Line(mention.subjectId(), mention.kind(), mention.label(), mention.outcome(), own,
                elsewhere.entrySet().stream().map(e -> new StackView.HitNotice(e.getKey(), e.getValue())).toList(),
                escalation.explanation(mention.subjectId()).map(x -> new StackView.Escalated(x.signals(),
                        x.reporters(), x.organisations(), x.score(), x.escalatedAt())).orElse(null));
    }
}
