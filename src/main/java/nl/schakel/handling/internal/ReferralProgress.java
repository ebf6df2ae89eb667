package nl.schakel.handling.internal;

import java.time.ZoneOffset;

import nl.schakel.handling.TimelineKind;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralOverdue;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.signal.SignalProgress;
import nl.schakel.signal.SignalStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves the signal along the route as its referrals move (route steps 4 and 5) and puts every
 * partner step on the signal's timeline, so the officer sees the hand-over come back.
 */
@Component
class ReferralProgress {

    private final SignalProgress progress;
    private final Timeline timeline;

    ReferralProgress(SignalProgress progress, Timeline timeline) {
        this.progress = progress;
        this.timeline = timeline;
    }

    @ApplicationModuleListener
    void on(ReferralChanged event) {
        timeline.add(event.signalId(), TimelineKind.REFERRAL, event.status().name(), event.actorUserId(),
                event.partnerOrganisationId(), event.at().atOffset(ZoneOffset.UTC));
        if (event.status() == ReferralStatus.SENT) {
            // An acute signal can be routed straight from the workbench, before anyone opened it.
            progress.advanceIfAllowed(event.signalId(), SignalStatus.IN_TRIAGE, event.actorUserId());
            progress.advanceIfAllowed(event.signalId(), SignalStatus.ROUTED, event.actorUserId());
        } else if (event.status() == ReferralStatus.FEEDBACK_GIVEN) {
            progress.advanceIfAllowed(event.signalId(), SignalStatus.FEEDBACK_RECEIVED, null);
        }
    }

    @ApplicationModuleListener
    void on(ReferralOverdue event) {
        timeline.add(event.signalId(), TimelineKind.REFERRAL, "OVERDUE", null, event.partnerOrganisationId(),
                event.dueAt().atOffset(ZoneOffset.UTC));
    }
}
