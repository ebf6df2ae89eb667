package nl.schakel.handling.internal;

import java.time.ZoneOffset;

import nl.schakel.handling.TimelineKind;
import nl.schakel.meetings.AgendaDecisionTaken;
import nl.schakel.signal.SignalId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Puts a meeting's decision on a signal on the signal's timeline (codes and ids only). */
@Component
class MeetingDecisions {

    private final Timeline timeline;

    MeetingDecisions(Timeline timeline) {
        this.timeline = timeline;
    }

    @ApplicationModuleListener
    void on(AgendaDecisionTaken event) {
        if (event.signalId() != null) {
            timeline.add(new SignalId(event.signalId()), TimelineKind.MEETING_DECISION, event.decision().name(),
                    event.actorUserId(), event.partnerOrganisationId(), event.at().atOffset(ZoneOffset.UTC));
        }
    }
}
