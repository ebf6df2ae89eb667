package nl.schakel.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import nl.schakel.routing.internal.ReferralRow;
import nl.schakel.routing.internal.ReferralStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing left lying (deliverable 7): every so often (schakel.routing.reminder-interval, 15 minutes) tells
 * the partner a day before feedback is due, and publishes {@link ReferralOverdue} once for each referral
 * whose due moment passed while it is still open. Time comes from the injectable clock.
 */
@Component
public class ReferralReminders {

    private static final Duration REMIND_BEFORE = Duration.ofDays(1);

    private final ReferralStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReferralReminders(ReferralStore store, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${schakel.routing.reminder-interval:PT15M}",
            initialDelayString = "${schakel.routing.reminder-interval:PT15M}")
    public void run() {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            for (ReferralRow r : store.claimDueSoon(now, now.plus(REMIND_BEFORE))) {
                events.publishEvent(new ReferralDueSoon(r.id(), r.signalId(), r.partnerOrganisationId(), r.dueAt()));
            }
            for (ReferralRow r : store.claimOverdue(now)) {
                events.publishEvent(new ReferralOverdue(r.id(), r.signalId(), r.sendingOrganisationId(),
                        r.partnerOrganisationId(), r.dueAt()));
            }
        });
    }
}
