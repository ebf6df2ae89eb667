package nl.schakel.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.cases.CaseCommands.NewCase;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import nl.schakel.cases.internal.CaseStore;
import nl.schakel.cases.internal.LogStore;
import nl.schakel.cases.internal.TeamStore;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Casus maken": a designated officer opens a case from signals they may handle. The officer's organisation and the
 * officer become the lead; the case is PROPOSED until the lead accepts; the signals move to MERGED_INTO_CASE and stay
 * readable inside the case.
 */
@Service
public class CaseOpening {

    private final CaseStore cases;
    private final TeamStore team;
    private final LogStore log;
    private final Signals signals;
    private final SignalProgress progress;
    private final AuditTrail audit;
    private final Clock clock;

    CaseOpening(CaseStore cases, TeamStore team, LogStore log, Signals signals, SignalProgress progress,
            AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.team = team;
        this.log = log;
        this.signals = signals;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signals this officer may take into a case now (handled by their organisation, not merged yet). */
    public List<SignalId> mergeable(SchakelUser officer, List<UUID> signalIds) {
        return signalIds.stream().filter(Objects::nonNull).distinct().map(SignalId::new)
                .filter(id -> signals.visibleTo(officer, id))
                .filter(id -> signals.status(id).filter(s -> s.mayMoveTo(SignalStatus.MERGED_INTO_CASE)).isPresent())
                .toList();
    }

    /** The case a signal went into, when this person participates in it. */
    public java.util.Optional<CaseSummary> caseOf(SchakelUser user, SignalId signal) {
        return cases.caseOfSignal(signal.value()).flatMap(id -> CaseViewer.of(user)
                .flatMap(viewer -> cases.find(id, viewer, LocalDate.now(clock))))
                .map(row -> new CaseSummary(row.id(), row.reference(), row.title()));
    }

    /**
     * @throws CaseRefusedException when a signal cannot be taken in (not the officer's, or already merged or closed)
     */
    @Transactional
    public CaseId open(SchakelUser officer, NewCase command) {
        if (!officer.hasRole(Role.DESIGNATED_OFFICER)) {
            throw new AccessDeniedException("Only designated officers open cases");
        }
        List<UUID> requested = command.signalIds() == null ? List.of()
                : command.signalIds().stream().filter(Objects::nonNull).distinct().toList();
        List<SignalId> merged = mergeable(officer, requested);
        if (merged.size() != requested.size()) {
            throw new CaseRefusedException("signalIds", "cases.refused.signal");
        }
        Set<String> forms = new TreeSet<>(command.exploitationForms() == null ? Set.of() : command.exploitationForms());
        merged.forEach(signal -> signals.facts(signal).ifPresent(f -> forms.addAll(f.exploitationForms())));
        Instant now = clock.instant();
        CaseId id = CaseId.random();
        String reference = cases.nextReference(now);
        cases.insert(id, officer.regionId(), reference, Objects.requireNonNull(command.title()).strip(),
                Objects.requireNonNull(command.focus()),
                forms,
                command.flags() == null ? Set.of() : command.flags().stream().map(Enum::name).toList(),
                Objects.requireNonNull(command.escalationLevel()), Objects.requireNonNull(command.legalBasis()).strip(),
                now);
        team.add(id, officer.organisationId(), officer.userId(), ParticipantRole.LEAD, CaseScope.all(),
                command.legalBasis().strip(), LocalDate.now(clock), null);
        for (SignalId signal : merged) {
            cases.addSignal(id, signal.value(), officer.userId(), now);
            progress.advance(signal, SignalStatus.MERGED_INTO_CASE, officer.userId());
        }
        log.append(id, LogKind.CHANGE, CaseScope.CORE, officer.userId(), "CASE_OPENED", null, null, now);
        if (!merged.isEmpty()) {
            log.append(id, LogKind.CHANGE, CaseScope.SUBJECTS, officer.userId(), "SIGNALS_MERGED", null, null, now);
        }
        audit.record(AuditEvent.success("CASE_CREATED", "CASE", id, Cases.PURPOSE));
        return id;
    }
}
