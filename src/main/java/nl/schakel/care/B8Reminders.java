package nl.schakel.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import nl.schakel.care.internal.B8Store;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The B8 clock: every so often (schakel.care.b8-interval, one hour) publishes {@link B8NoticeDue} for each undecided
 * B8 period whose notice is due on today's date of the injectable clock: 14 and 7 days before the end, and
 * "verlopen zonder besluit" once the end has passed. Each notice is claimed in {@code b8_notice} first, so it goes
 * out exactly once, however often the job runs and on however many instances.
 */
@Component
public class B8Reminders {

    private final B8Store store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    B8Reminders(B8Store store, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${schakel.care.b8-interval:PT1H}", initialDelayString = "${schakel.care.b8-interval:PT1H}")
    public void run() {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            for (B8Store.Running running : store.undecided(today)) {
                B8Notice.dueOn(running.period(), today)
                        .filter(notice -> store.claim(running.trajectoryId(), notice, running.period().end(), now))
                        .ifPresent(notice -> events.publishEvent(new B8NoticeDue(running.trajectoryId(),
                                running.leadOrganisationId(), notice, running.period().end())));
            }
        });
    }
}
