package nl.schakel.cases;

import java.time.Clock;
import java.util.Objects;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.cases.CaseCommands.NewLogEntry;
import nl.schakel.cases.CaseCommands.StatusMove;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.internal.CaseStore;
import nl.schakel.cases.internal.LogStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's life (PROPOSED → ACTIVE when the lead accepts → AFTERCARE → CLOSED with an outcome, reopened) and the
 * entries participants write in its log.
 */
@Service
@Transactional
public class CaseProgress {

    private final CaseAccess access;
    private final CaseStore cases;
    private final LogStore log;
    private final AuditTrail audit;
    private final Clock clock;

    CaseProgress(CaseAccess access, CaseStore cases, LogStore log, AuditTrail audit, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Moves the case. Only the lead person accepts a proposed case; the lead's organisation makes the other moves.
     *
     * @throws CaseTransitionRefusedException when the move is not allowed from where the case is
     */
    public void move(SchakelUser user, CaseId id, StatusMove command) {
        CaseView view = access.lead(user, id);
        CaseStatus to = Objects.requireNonNull(command.status());
        view.status().moveTo(to);
        if (view.status() == CaseStatus.PROPOSED && to == CaseStatus.ACTIVE && !view.ledBy(user.userId())) {
            throw new AccessDeniedException("Only the lead accepts a case");
        }
        if (to == CaseStatus.CLOSED && command.outcome() == null) {
            throw new CaseRefusedException("outcome", "cases.refused.outcomeRequired");
        }
        String outcome = to == CaseStatus.CLOSED ? Objects.requireNonNull(command.outcome()).name() : null;
        if (!cases.move(id, view.status(), to, outcome, clock.instant())) {
            throw new CaseTransitionRefusedException(view.status().name(), to.name());
        }
        log.append(id, LogKind.CHANGE, CaseScope.CORE, user.userId(), "STATUS_" + to.name(), null, null,
                clock.instant());
        audit.record(AuditEvent.success("CASE_STATUS_CHANGED", "CASE", id, Cases.PURPOSE));
    }

    /** A participant writes an entry in a scope they hold; shared information needs its legal basis. */
    public void write(SchakelUser user, CaseId id, NewLogEntry command) {
        CaseView view = access.participant(user, id);
        CaseScope scope = Objects.requireNonNull(command.scope());
        if (!view.sees(scope)) {
            throw new CaseRefusedException("scope", "cases.refused.scope");
        }
        if (command.kind() == LogKind.CHANGE) {
            throw new CaseRefusedException("kind", "cases.refused.kind");
        }
        if (command.kind() == LogKind.INFORMATION_SHARED
                && (command.legalBasis() == null || command.legalBasis().isBlank())) {
            throw new CaseRefusedException("legalBasis", "cases.refused.legalBasisRequired");
        }
        log.append(id, Objects.requireNonNull(command.kind()), scope, user.userId(), "ENTRY",
                Objects.requireNonNull(command.text()).strip(),
                command.legalBasis() == null || command.legalBasis().isBlank() ? null : command.legalBasis().strip(),
                clock.instant());
        audit.record(AuditEvent.success("CASE_LOG_WRITTEN", "CASE", id, Cases.PURPOSE));
    }
}
