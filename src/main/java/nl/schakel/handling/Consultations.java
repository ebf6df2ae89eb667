package nl.schakel.handling;

import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.internal.HandlingRecords;
import nl.schakel.meetings.Agendas;
import nl.schakel.meetings.MeetingSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations (route step 3): the officer puts the signal on a coming meeting ("Naar overleg", the meeting's agenda
 * through {@code meetings.Agendas}) and records what came of it. The consultation is a reference to that meeting.
 */
@Service
public class Consultations {

    private final HandlingSteps steps;
    private final HandlingRecords records;
    private final Agendas agendas;

    Consultations(HandlingSteps steps, HandlingRecords records, Agendas agendas) {
        this.steps = steps;
        this.records = records;
        this.agendas = agendas;
    }

    /**
     * @throws nl.schakel.meetings.MeetingRefusedException on a trends-only table, a closed agenda, or twice
     * @throws nl.schakel.meetings.MeetingNotFoundException for a meeting the officer's organisation is not part of
     */
    @Transactional
    public void plan(SchakelUser officer, nl.schakel.signal.SignalId id, UUID meeting) {
        steps.requireOpen(officer, id, "CONSULTATION_PLANNED");
        MeetingSummary planned = agendas.addSignal(officer, meeting, id);
        records.planConsultation(id, officer.userId(), planned);
        steps.done(officer, id, TimelineKind.CONSULTATION_PLANNED, planned.type().name(), "CONSULTATION_PLANNED");
    }

    @Transactional
    public void recordOutcome(SchakelUser officer, nl.schakel.signal.SignalId id, UUID consultation, String outcome) {
        steps.requireOpen(officer, id, "CONSULTATION_OUTCOME_RECORDED");
        if (!records.recordConsultationOutcome(id, consultation, officer.userId(), outcome)) {
            throw new HandlingRefusedException("handling.refused.consultationDone");
        }
        steps.done(officer, id, TimelineKind.CONSULTATION_OUTCOME, null, "CONSULTATION_OUTCOME_RECORDED");
    }
}
