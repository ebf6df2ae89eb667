package nl.schakel.routing;

import java.time.Clock;
import java.time.Instant;

import nl.schakel.routing.internal.Actor;
import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import org.springframework.context.ApplicationEventPublisher;

/** One way to move a referral: check the state machine, store, record the history, publish. */
final class Transitions {

    private Transitions() {
    }

    static void move(ReferralStore store, ApplicationEventPublisher events, Clock clock, ReferralRow referral,
            ReferralStatus to, Actor actor) {
        referral.status().moveTo(to);
        Instant now = clock.instant();
        if (!store.move(referral.id(), referral.status(), to, now)) {
            // Someone else moved it in the meantime: what they did stands.
            throw new ReferralTransitionRefusedException(referral.status(), to);
        }
        store.recordEvent(referral.id(), to, actor, now);
        events.publishEvent(new ReferralChanged(referral.id(), referral.signalId(), referral.sendingOrganisationId(),
                referral.partnerOrganisationId(), to, actor.userId(), now));
    }
}
