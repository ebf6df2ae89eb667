package nl.schakel.stacking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import nl.schakel.stacking.registry.Escalation;
import nl.schakel.stacking.registry.Review;
import nl.schakel.stacking.registry.SubjectRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds stack views within need-to-know, each through the one rule of {@link StackLens}, and audits every look. */
@Service
public class Stacks {

    private static final String PURPOSE = "SIGNAL_HANDLING";

    private final SubjectRegistry registry;
    private final Review review;
    private final Escalation escalation;
    private final Signals signals;
    private final StackLens lens;
    private final AuditTrail audit;

    Stacks(SubjectRegistry registry, Review review, Escalation escalation, Signals signals, StackLens lens,
            AuditTrail audit) {
        this.registry = registry;
        this.review = review;
        this.escalation = escalation;
        this.signals = signals;
        this.lens = lens;
        this.audit = audit;
    }

    /** The stack of a signal the officer may see; empty (and audited as denied) otherwise. */
    public Optional<StackView> forSignal(SchakelUser officer, SignalId id) {
        if (!signals.visibleTo(officer, id)) {
            audit.record(new AuditEvent("STACK_VIEWED", "SIGNAL", id.toString(), PURPOSE, Outcome.DENIED));
            return Optional.empty();
        }
        List<Review.Proposal> open = review.openFor(id.value());
        List<StackView.Line> lines = registry.mentionsOf(id.value()).stream()
                .map(m -> line(officer, id, m, open)).toList();
        audit.record(AuditEvent.success("STACK_VIEWED", "SIGNAL", id, PURPOSE));
        return Optional.of(new StackView(lines));
    }

    /**
     * Proposed links of this signal's persons that the officer may review, with the matcher's reasons; empty
     * unless the officer may see the signal. A proposal with a person known elsewhere is not among them: it shows
     * on the person's stack line as a contact only ({@link StackView.Line#possiblyKnownBy()}).
     */
    public List<StackView.Proposal> proposals(SchakelUser officer, SignalId id) {
        if (!signals.visibleTo(officer, id)) {
            return List.of();
        }
        return review.openFor(id.value()).stream().filter(p -> reviewable(officer, p))
                .map(p -> new StackView.Proposal(p.id(), p.label(), p.candidateLabel(), p.score(), p.evidence()))
                .toList();
    }

    /** The merges of this signal's persons that the officer may see and split. */
    public List<StackView.Merge> merges(SchakelUser officer, SignalId id) {
        if (!signals.visibleTo(officer, id)) {
            return List.of();
        }
        return review.mergesFor(id.value()).stream().filter(m -> splittable(officer, m))
                .map(m -> new StackView.Merge(m.id(), m.label(), m.intoLabel())).toList();
    }

    /** The officer confirms that the two are the same person: they are merged. */
    @Transactional
    public boolean confirm(SchakelUser officer, SignalId id, UUID proposal) {
        boolean done = reviewableProposal(officer, id, proposal)
                && review.confirm(id.value(), proposal, officer.userId()).isPresent();
        audit.record(new AuditEvent("STACK_LINK_CONFIRMED", "SUBJECT_PROPOSAL", proposal.toString(), PURPOSE,
                done ? Outcome.SUCCESS : Outcome.DENIED));
        return done;
    }

    /** The officer says they are different people: the pair is never proposed again. */
    @Transactional
    public boolean reject(SchakelUser officer, SignalId id, UUID proposal) {
        boolean done = reviewableProposal(officer, id, proposal)
                && review.reject(id.value(), proposal, officer.userId());
        audit.record(new AuditEvent("STACK_LINK_REJECTED", "SUBJECT_PROPOSAL", proposal.toString(), PURPOSE,
                done ? Outcome.SUCCESS : Outcome.DENIED));
        return done;
    }

    /** Undoes a merge: the signal's person is separate again. */
    @Transactional
    public boolean split(SchakelUser officer, SignalId id, UUID merge) {
        boolean done = signals.visibleTo(officer, id)
                && review.mergesFor(id.value()).stream().anyMatch(m -> m.id().equals(merge) && splittable(officer, m))
                && review.split(id.value(), merge, officer.userId());
        audit.record(new AuditEvent("STACK_SPLIT", "SUBJECT_MERGE", merge.toString(), PURPOSE,
                done ? Outcome.SUCCESS : Outcome.DENIED));
        return done;
    }

    private boolean reviewableProposal(SchakelUser officer, SignalId id, UUID proposal) {
        return signals.visibleTo(officer, id) && review.openFor(id.value()).stream()
                .anyMatch(p -> p.id().equals(proposal) && reviewable(officer, p));
    }

    /** Review across organisations happens only where the officer may see both persons; else through the contact. */
    private boolean reviewable(SchakelUser officer, Review.Proposal proposal) {
        return lens.mayReview(officer.organisationId(), proposal.subjectId(), proposal.candidateId());
    }

    private boolean splittable(SchakelUser officer, Review.Merge merge) {
        return lens.sight(officer.organisationId(), merge.intoSubject(), null).whole();
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

    private StackView.Line line(SchakelUser officer, SignalId id, SubjectRegistry.Mentioned mention,
            List<Review.Proposal> open) {
        StackLens.Sight sight = lens.sight(officer.organisationId(), mention.subjectId(), id.value());
        List<StackView.OwnSignal> own = sight.own().stream()
                .map(h -> new StackView.OwnSignal(h.id().value(), h.reference(), h.receivedAt())).toList();
        java.util.SortedSet<String> possiblyKnownBy = new java.util.TreeSet<>();
        open.stream().filter(p -> p.subjectId().equals(mention.subjectId()) && !reviewable(officer, p))
                .forEach(p -> possiblyKnownBy.addAll(
                        lens.contacts(officer.organisationId(), p.subjectId(), p.candidateId())));
        return new StackView.Line(mention.subjectId(), mention.kind(), mention.label(), mention.outcome(), own,
                sight.elsewhere().entrySet().stream().map(e -> new StackView.HitNotice(e.getKey(), e.getValue()))
                        .toList(),
                List.copyOf(possiblyKnownBy),
                escalation.explanation(mention.subjectId(), id.value())
                        .map(x -> escalated(officer, id, x)).orElse(null),
                !SubjectRegistry.PERSON.equals(mention.kind()) && registry.generic(mention.subjectId()));
    }

    /** An escalation through the lens: the viewer's own signals by reference, others' only as a count. */
    private StackView.Escalated escalated(SchakelUser officer, SignalId id, Escalation.Explanation explanation) {
        List<StackView.EscalatedSignal> own = new java.util.ArrayList<>();
        int elsewhere = 0;
        int removedElsewhere = 0;
        for (Signals.Holder holder : signals.holders(explanation.links().keySet())) {
            EscalatedLink link = explanation.links().get(holder.id().value());
            if (holder.receivingOrganisationId().equals(officer.organisationId())) {
                own.add(new StackView.EscalatedSignal(holder.id().value(), holder.reference(), link,
                        holder.id().equals(id)));
            } else if (link.counts()) {
                elsewhere++;
            } else {
                removedElsewhere++;
            }
        }
        own.sort(java.util.Comparator.comparing(StackView.EscalatedSignal::reference));
        return new StackView.Escalated(explanation.signals(), explanation.reporters(), explanation.organisations(),
                explanation.score(), explanation.escalatedAt(), List.copyOf(own), elsewhere, removedElsewhere,
                explanation.toReview(), explanation.holds());
    }
}
