package nl.schakel.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.cases.CaseCommands.InterventionMove;
import nl.schakel.cases.CaseCommands.MilestoneMove;
import nl.schakel.cases.CaseCommands.NewIntervention;
import nl.schakel.cases.CaseCommands.NewMilestone;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseParts.Intervention;
import nl.schakel.cases.CaseParts.InterventionType;
import nl.schakel.cases.CaseParts.Milestone;
import nl.schakel.cases.internal.CaseNames;
import nl.schakel.cases.internal.LogStore;
import nl.schakel.cases.internal.PlanStore;
import nl.schakel.cases.internal.PlanStore.InterventionRow;
import nl.schakel.cases.internal.PlanStore.MilestoneRow;
import nl.schakel.cases.internal.TeamStore;
import nl.schakel.cases.internal.TeamStore.ParticipantRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The milestone plan and the interventions of a case. Interventions come from the versioned catalogue, carry its
 * legal article and a scope; a begunstigingstermijn becomes its own milestone when the intervention is decided.
 */
@Service
@Transactional
public class CasePlan {

    /** The title of the milestone a begunstigingstermijn creates (data in the case's language, Dutch). */
    static final String GRACE_MILESTONE = "Einde begunstigingstermijn";

    private final CaseAccess access;
    private final PlanStore plan;
    private final TeamStore team;
    private final LogStore log;
    private final CaseNames names;
    private final AuditTrail audit;
    private final Clock clock;

    CasePlan(CaseAccess access, PlanStore plan, TeamStore team, LogStore log, CaseNames names, AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.plan = plan;
        this.team = team;
        this.log = log;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InterventionType> catalogue() {
        return plan.catalogue();
    }

    @Transactional(readOnly = true)
    public List<Milestone> milestones(CaseView view) {
        return milestones(plan.milestones(view.id(), view.scopes()));
    }

    /** The open milestones of the viewer's cases, overdue first. */
    @Transactional(readOnly = true)
    public List<Milestone> openMilestones(CaseViewer viewer) {
        return milestones(plan.openMilestones(viewer, LocalDate.now(clock)));
    }

    /** The interventions in the viewer's scopes. */
    @Transactional(readOnly = true)
    public List<Intervention> interventions(CaseView view) {
        return interventions(plan.interventions(view.id(), view.scopes()));
    }

    /** One intervention, when it is in the viewer's scopes. */
    @Transactional(readOnly = true)
    public Optional<Intervention> intervention(CaseView view, UUID id) {
        Optional<Intervention> found = plan.intervention(view.id(), id, view.scopes())
                .map(row -> interventions(List.of(row)).get(0));
        audit.record(AuditEvent.success("CASE_INTERVENTION_READ", "CASE", view.id(), Cases.PURPOSE)
                .withOutcome(found.isPresent() ? nl.schakel.audit.Outcome.SUCCESS : nl.schakel.audit.Outcome.DENIED));
        return found;
    }

    public UUID addMilestone(SchakelUser user, CaseId id, NewMilestone command) {
        access.lead(user, id);
        ParticipantRow owner = current(id, Objects.requireNonNull(command.ownerParticipantId()), "ownerParticipantId");
        UUID milestone = UUID.randomUUID();
        plan.addMilestone(milestone, id, Objects.requireNonNull(command.title()).strip(), owner.organisationId(),
                owner.personId(), Objects.requireNonNull(command.dueOn()), null, clock.instant());
        changed(user, id, CaseScope.CORE, "MILESTONE_ADDED");
        return milestone;
    }

    public void moveMilestone(SchakelUser user, CaseId id, MilestoneMove command) {
        CaseView view = access.participant(user, id);
        MilestoneRow milestone = plan.milestone(id, Objects.requireNonNull(command.milestoneId()))
                .orElseThrow(CaseNotFoundException::new);
        if (!view.lead().organisationId().equals(user.organisationId())
                && !milestone.ownerOrganisationId().equals(user.organisationId())) {
            throw new org.springframework.security.access.AccessDeniedException("Only the owner or the lead");
        }
        MilestoneStatus to = milestone.status().moveTo(Objects.requireNonNull(command.status()));
        if (!plan.moveMilestone(milestone.id(), milestone.status(), to)) {
            throw new CaseTransitionRefusedException(milestone.status().name(), to.name());
        }
        changed(user, id, CaseScope.CORE, "MILESTONE_" + to.name());
    }

    public UUID addIntervention(SchakelUser user, CaseId id, NewIntervention command) {
        access.lead(user, id);
        InterventionType type = plan.catalogue().stream().filter(t -> t.code().equals(command.type()))
                .findFirst().orElseThrow(() -> new CaseRefusedException("type", "cases.refused.interventionType"));
        ParticipantRow executing = team.participants(id).stream()
                .filter(p -> p.endsOn() == null && p.organisationId().equals(command.executingOrganisationId()))
                .findFirst().orElseThrow(() -> new CaseRefusedException("executingOrganisationId",
                        "cases.refused.executingOrganisation"));
        UUID intervention = UUID.randomUUID();
        Long cents = command.amountEuros() == null ? null : command.amountEuros() * 100;
        plan.addIntervention(intervention, id, type, type.defaultScope(), executing.organisationId(),
                Objects.requireNonNull(command.decisionMaker()).strip(), command.graceDays(), cents,
                command.explanation(), clock.instant());
        changed(user, id, type.defaultScope(), "INTERVENTION_PROPOSED");
        return intervention;
    }

    /** Moves an intervention; deciding one with a begunstigingstermijn plans its deadline as a milestone. */
    public void moveIntervention(SchakelUser user, CaseId id, UUID interventionId, InterventionMove command) {
        CaseView view = access.lead(user, id);
        InterventionRow row = plan.intervention(id, interventionId, view.scopes())
                .orElseThrow(CaseNotFoundException::new);
        InterventionStatus to = command.status();
        if (to != null) {
            row.status().moveTo(to);
            if ((to == InterventionStatus.DECIDED || to == InterventionStatus.IN_EFFECT) && command.on() == null) {
                throw new CaseRefusedException("on", "cases.refused.dateRequired");
            }
            LocalDate decided = to == InterventionStatus.DECIDED ? command.on() : null;
            LocalDate effective = to == InterventionStatus.IN_EFFECT ? command.on() : null;
            LocalDate ended = to.next().isEmpty()
                    ? (command.on() == null ? LocalDate.now(clock) : command.on()) : null;
            if (!plan.moveIntervention(row.id(), row.status(), to, decided, effective, ended, command.endReason())) {
                throw new CaseTransitionRefusedException(row.status().name(), to.name());
            }
            if (decided != null && row.graceDays() != null) {
                plan.addMilestone(UUID.randomUUID(), id, GRACE_MILESTONE + " – " + row.legalArticle(),
                        row.executingOrganisationId(), null, decided.plusDays(row.graceDays()), row.id(),
                        clock.instant());
                changed(user, id, CaseScope.CORE, "MILESTONE_ADDED");
            }
            changed(user, id, row.scope(), "INTERVENTION_" + to.name());
        }
        boolean objection = Boolean.TRUE.equals(command.objectionPending());
        if (objection != row.objectionPending()) {
            plan.setObjectionPending(row.id(), objection);
            changed(user, id, row.scope(), objection ? "OBJECTION_PENDING" : "OBJECTION_SETTLED");
        }
    }

    private ParticipantRow current(CaseId id, UUID participantId, String field) {
        return team.participant(id, participantId).filter(p -> p.endsOn() == null)
                .orElseThrow(() -> new CaseRefusedException(field, "cases.refused.participant"));
    }

    private List<Milestone> milestones(List<MilestoneRow> rows) {
        LocalDate today = LocalDate.now(clock);
        CaseNames.Lookup lookup = names.lookup(rows.stream().map(MilestoneRow::ownerOrganisationId).toList(),
                rows.stream().map(MilestoneRow::ownerPersonId).toList());
        return rows.stream().map(m -> new Milestone(m.id(), m.caseId(), m.caseReference(), m.title(),
                lookup.person(m.ownerOrganisationId(), m.ownerPersonId()), m.dueOn(), m.status(),
                m.status().isOpen() && m.dueOn().isBefore(today))).toList();
    }

    private List<Intervention> interventions(List<InterventionRow> rows) {
        CaseNames.Lookup lookup = names.lookup(rows.stream().map(InterventionRow::executingOrganisationId).toList(),
                List.of());
        return rows.stream().map(r -> new Intervention(r.id(), r.caseId(), r.typeCode(), r.typeVersion(),
                r.legalArticle(), r.scope(), r.status(), r.executingOrganisationId(),
                lookup.organisation(r.executingOrganisationId()), r.decisionMaker(), r.decidedOn(), r.effectiveOn(),
                r.endedOn(), r.graceDays(), r.amountCents(), r.endReason(), r.objectionPending(), r.explanation())).toList();
    }

    private void changed(SchakelUser user, CaseId id, CaseScope scope, String code) {
        Instant now = clock.instant();
        log.append(id, LogKind.CHANGE, scope, user.userId(), code, null, null, now);
        audit.record(AuditEvent.success("CASE_" + code, "CASE", id, Cases.PURPOSE));
    }
}
