package nl.schakel.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.cases.CaseCommands.EndParticipation;
import nl.schakel.cases.CaseCommands.Handover;
import nl.schakel.cases.CaseCommands.NewParticipant;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.internal.LogStore;
import nl.schakel.cases.internal.TeamStore;
import nl.schakel.cases.internal.TeamStore.HandoverRow;
import nl.schakel.cases.internal.TeamStore.ParticipantRow;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people on a case: participants with their scopes, and one lead, always. A handover takes two steps (the new
 * lead accepts); ending the lead's participation without a successor is refused.
 */
@Service
@Transactional
public class CaseTeam {

    private final CaseAccess access;
    private final TeamStore team;
    private final LogStore log;
    private final Organisations organisations;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    CaseTeam(CaseAccess access, TeamStore team, LogStore log, Organisations organisations, UserDirectory users,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.team = team;
        this.log = log;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public void add(SchakelUser user, CaseId id, NewParticipant command) {
        access.lead(user, id);
        if (command.role() == ParticipantRole.LEAD) {
            throw new CaseRefusedException("role", "cases.refused.leadByHandover");
        }
        if (!organisations.isActiveIn(new RegionId(user.regionId()),
                new OrganisationId(Objects.requireNonNull(command.organisationId())))) {
            throw new CaseRefusedException("organisationId", "cases.refused.organisation");
        }
        if (command.personId() != null && people(command.organisationId()).stream()
                .noneMatch(m -> m.id().value().equals(command.personId()))) {
            throw new CaseRefusedException("personId", "cases.refused.person");
        }
        if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            throw new CaseRefusedException("endsOn", "cases.refused.period");
        }
        team.add(id, command.organisationId(), command.personId(), Objects.requireNonNull(command.role()),
                Objects.requireNonNull(command.scopes()), Objects.requireNonNull(command.legalBasis()).strip(),
                Objects.requireNonNull(command.startsOn()), command.endsOn());
        changed(user, id, "PARTICIPANT_ADDED");
    }

    /** The people of an organisation who may work on cases, for choosing a participant's person. */
    @Transactional(readOnly = true)
    public List<UserDirectory.Member> people(UUID organisationId) {
        Map<UUID, UserDirectory.Member> members = new LinkedHashMap<>();
        for (Role role : CaseViewer.CASE_ROLES) {
            users.activeWithRole(organisationId, role).forEach(m -> members.putIfAbsent(m.id().value(), m));
        }
        return List.copyOf(members.values());
    }

    public void end(SchakelUser user, CaseId id, EndParticipation command) {
        access.lead(user, id);
        ParticipantRow participant = team.participant(id, Objects.requireNonNull(command.participantId()))
                .orElseThrow(CaseNotFoundException::new);
        if (participant.role() == ParticipantRole.LEAD && participant.endsOn() == null) {
            throw new CaseRefusedException("participantId", "cases.refused.leadWithoutSuccessor");
        }
        if (!team.end(id, participant.id(), LocalDate.now(clock))) {
            throw new CaseRefusedException("participantId", "cases.refused.alreadyEnded");
        }
        changed(user, id, "PARTICIPANT_ENDED");
    }

    /** Step one: the lead's organisation proposes a participant's person as the new lead. */
    public void proposeHandover(SchakelUser user, CaseId id, Handover command) {
        CaseView view = access.lead(user, id);
        ParticipantRow to = team.participant(id, Objects.requireNonNull(command.participantId()))
                .filter(p -> p.endsOn() == null && p.personId() != null && p.role() != ParticipantRole.LEAD)
                .orElseThrow(() -> new CaseRefusedException("participantId", "cases.refused.handoverPerson"));
        if (view.pendingLead() != null) {
            throw new CaseRefusedException("participantId", "cases.refused.handoverPending");
        }
        team.proposeHandover(id, to.organisationId(), Objects.requireNonNull(to.personId()), user.userId(),
                clock.instant());
        changed(user, id, "HANDOVER_PROPOSED");
    }

    /** Step two: only the proposed person accepts; then they are the lead and the old lead a contributor. */
    public void acceptHandover(SchakelUser user, CaseId id) {
        CaseView view = access.participant(user, id);
        HandoverRow handover = team.pendingHandover(id).filter(h -> h.personId().equals(user.userId()))
                .orElseThrow(() -> new CaseRefusedException(null, "cases.refused.noHandover"));
        Instant now = clock.instant();
        if (!team.closeHandover(handover.id(), CaseEnums.HandoverStatus.ACCEPTED, now)) {
            throw new CaseRefusedException(null, "cases.refused.noHandover");
        }
        team.changeLead(id, handover.organisationId(), handover.personId(), view.legalBasis(), LocalDate.now(clock));
        changed(user, id, "HANDOVER_ACCEPTED");
    }

    /** The lead's organisation withdraws a handover that waits. */
    public void withdrawHandover(SchakelUser user, CaseId id) {
        access.lead(user, id);
        HandoverRow handover = team.pendingHandover(id)
                .orElseThrow(() -> new CaseRefusedException(null, "cases.refused.noHandover"));
        team.closeHandover(handover.id(), CaseEnums.HandoverStatus.WITHDRAWN, clock.instant());
        changed(user, id, "HANDOVER_WITHDRAWN");
    }

    private void changed(SchakelUser user, CaseId id, String code) {
        log.append(id, LogKind.CHANGE, CaseScope.CORE, user.userId(), code, null, null, clock.instant());
        audit.record(AuditEvent.success("CASE_" + code, "CASE", id, Cases.PURPOSE));
    }
}
