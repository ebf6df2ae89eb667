package nl.schakel.stacking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import nl.schakel.stacking.registry.SubjectRegistry;
import org.springframework.stereotype.Service;

/** Builds stack views within need-to-know, and audits every look. */
@Service
public class Stacks {

    private final SubjectRegistry registry;
    private final Escalation escalation;
    private final Signals signals;
    private final Organisations organisations;
    private final AuditTrail audit;

    Stacks(SubjectRegistry registry, Escalation escalation, Signals signals, Organisations organisations,
            AuditTrail audit) {
        this.registry = registry;
        this.escalation = escalation;
        this.signals = signals;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The stack of a signal the officer may see; empty (and audited as denied) otherwise. */
    public Optional<StackView> forSignal(SchakelUser officer, SignalId id) {
        if (!signals.visibleTo(officer, id)) {
            audit.record(new AuditEvent("STACK_VIEWED", "SIGNAL", id.toString(), "SIGNAL_HANDLING", Outcome.DENIED));
            return Optional.empty();
        }
        List<StackView.Line> lines = registry.mentionsOf(id.value()).stream()
                .map(m -> line(officer, id, m)).toList();
        audit.record(AuditEvent.success("STACK_VIEWED", "SIGNAL", id, "SIGNAL_HANDLING"));
        return Optional.of(new StackView(lines));
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
