package nl.schakel.cases.internal;

import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseScope;
import nl.schakel.meetings.AgendaDecisionTaken;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Puts a meeting's decision on a case item in the case log (core scope, the decision's code only). */
@Component
class MeetingDecisionLog {

    static final String CODE_PREFIX = "MEETING_DECISION_";

    private final CaseStore cases;
    private final LogStore log;

    MeetingDecisionLog(CaseStore cases, LogStore log) {
        this.cases = cases;
        this.log = log;
    }

    @ApplicationModuleListener
    void on(AgendaDecisionTaken event) {
        if (event.caseId() == null) {
            return;
        }
        CaseId id = new CaseId(event.caseId());
        if (cases.findForSystem(id).isPresent()) {
            log.append(id, LogKind.DECISION, CaseScope.CORE, event.actorUserId(),
                    CODE_PREFIX + event.decision().name(), null, null, event.at());
        }
    }
}
