package nl.schakel.cases;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.cases.CaseEnums.LogKind;
import nl.schakel.cases.internal.LogStore;
import nl.schakel.meetings.Agendas;
import nl.schakel.meetings.ItemKind;
import nl.schakel.meetings.MeetingCalendar;
import nl.schakel.meetings.MeetingSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Naar overleg" from the case page: a participant puts the case on a coming meeting of a series their organisation
 * is a member of; the case log records it (core scope).
 */
@Service
public class CaseMeetings {

    private final CaseAccess access;
    private final Agendas agendas;
    private final MeetingCalendar calendar;
    private final LogStore log;
    private final AuditTrail audit;
    private final Clock clock;

    CaseMeetings(CaseAccess access, Agendas agendas, MeetingCalendar calendar, LogStore log, AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.agendas = agendas;
        this.calendar = calendar;
        this.log = log;
        this.audit = audit;
        this.clock = clock;
    }

    /** The coming meetings of the participant's series that admit a case. */
    public List<MeetingSummary> coming(SchakelUser participant) {
        return calendar.upcoming(participant, ItemKind.CASE);
    }

    /**
     * @throws nl.schakel.meetings.MeetingRefusedException on a trends-only table, a closed agenda, or twice
     * @throws nl.schakel.meetings.MeetingNotFoundException for a meeting the participant's organisation is not part of
     */
    @Transactional
    public MeetingSummary toMeeting(SchakelUser participant, CaseId id, UUID meeting) {
        access.participant(participant, id);
        MeetingSummary planned = agendas.addCase(participant, meeting, id.value());
        log.append(id, LogKind.CHANGE, CaseScope.CORE, participant.userId(), "ADDED_TO_MEETING", null, null,
                clock.instant());
        audit.record(AuditEvent.success("CASE_ADDED_TO_MEETING", "CASE", id, Cases.PURPOSE));
        return planned;
    }
}
