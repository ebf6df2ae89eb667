package nl.schakel.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.CaseParts.InterventionType;
import nl.schakel.cases.internal.CaseStore;
import nl.schakel.cases.internal.LogStore;
import nl.schakel.cases.internal.PlanStore;
import nl.schakel.cases.internal.TeamStore;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a case as the system, without a person at the keyboard: for seeding the demo region. Writes the same rows
 * and log entries the screens do, and takes signals in only through the screens (they check the officer).
 */
@Service
@Transactional
public class CaseRecords {

    private final CaseStore cases;
    private final TeamStore team;
    private final PlanStore plan;
    private final LogStore log;
    private final Clock clock;

    CaseRecords(CaseStore cases, TeamStore team, PlanStore plan, LogStore log, Clock clock) {
        this.cases = cases;
        this.team = team;
        this.plan = plan;
        this.log = log;
        this.clock = clock;
    }

    /** An active case with its lead (all scopes). */
    public CaseId activeCase(UUID regionId, UUID leadOrganisationId, UUID leadPersonId, String title, Focus focus,
            Set<String> exploitationForms, EscalationLevel level, String legalBasis) {
        Instant now = clock.instant();
        CaseId id = CaseId.random();
        cases.insert(id, regionId, cases.nextReference(now), title, focus,
                exploitationForms, List.of(), level, legalBasis, now);
        team.add(id, leadOrganisationId, leadPersonId, ParticipantRole.LEAD, CaseScope.all(), legalBasis, today(),
                null);
        cases.move(id, CaseStatus.PROPOSED, CaseStatus.ACTIVE, null, now);
        log.append(id, LogKind.CHANGE, CaseScope.CORE, leadPersonId, "CASE_OPENED", null, null, now);
        log.append(id, LogKind.CHANGE, CaseScope.CORE, leadPersonId, "STATUS_ACTIVE", null, null, now);
        return id;
    }

    public void participant(CaseId id, UUID organisationId, @Nullable UUID personId, ParticipantRole role,
            Set<CaseScope> scopes, String legalBasis) {
        team.add(id, organisationId, personId, role, scopes, legalBasis, today(), null);
        log.append(id, LogKind.CHANGE, CaseScope.CORE, null, "PARTICIPANT_ADDED", null, null, clock.instant());
    }

    /** A signal taken into the case by this person (as "Casus maken" from signals does). */
    public void signal(CaseId id, SignalId signal, UUID personId) {
        Instant now = clock.instant();
        cases.addSignal(id, signal.value(), personId, now);
        log.append(id, LogKind.CHANGE, CaseScope.SUBJECTS, personId, "SIGNALS_MERGED", null, null, now);
    }

    public void milestone(CaseId id, String title, UUID organisationId, @Nullable UUID personId, LocalDate dueOn) {
        plan.addMilestone(UUID.randomUUID(), id, title, organisationId, personId, dueOn, null, clock.instant());
        log.append(id, LogKind.CHANGE, CaseScope.CORE, null, "MILESTONE_ADDED", null, null, clock.instant());
    }

    /** A decided intervention of the catalogue's newest version; its begunstigingstermijn becomes a milestone. */
    public UUID decidedIntervention(CaseId id, String typeCode, UUID executingOrganisationId, String decisionMaker,
            @Nullable Integer graceDays, @Nullable Long amountCents, LocalDate decidedOn) {
        InterventionType type = plan.catalogue().stream().filter(t -> t.code().equals(typeCode)).findFirst()
                .orElseThrow();
        UUID intervention = UUID.randomUUID();
        plan.addIntervention(intervention, id, type, type.defaultScope(), executingOrganisationId, decisionMaker,
                graceDays, amountCents, null, clock.instant());
        plan.moveIntervention(intervention, InterventionStatus.PROPOSED, InterventionStatus.DECIDED, decidedOn, null,
                null, null);
        if (graceDays != null) {
            plan.addMilestone(UUID.randomUUID(), id, CasePlan.GRACE_MILESTONE + " – " + type.legalArticle(),
                    executingOrganisationId, null, decidedOn.plusDays(graceDays), intervention, clock.instant());
        }
        log.append(id, LogKind.CHANGE, type.defaultScope(), null, "INTERVENTION_DECIDED", null, null,
                clock.instant());
        return intervention;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
