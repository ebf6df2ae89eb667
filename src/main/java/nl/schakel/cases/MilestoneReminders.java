package nl.schakel.cases;

import java.time.Clock;
import java.time.LocalDate;

import nl.schakel.cases.internal.PlanStore;
import nl.schakel.cases.internal.PlanStore.MilestoneRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every so often (schakel.cases.reminder-interval, 15 minutes) publishes {@link MilestoneOverdue} once for each open
 * milestone whose due date has passed. Time comes from the injectable clock.
 */
@Component
public class MilestoneReminders {

    private final PlanStore plan;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MilestoneReminders(PlanStore plan, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this.plan = plan;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${schakel.cases.reminder-interval:PT15M}",
            initialDelayString = "${schakel.cases.reminder-interval:PT15M}")
    public void run() {
        transactions.executeWithoutResult(status -> {
            for (MilestoneRow m : plan.claimOverdue(LocalDate.now(clock), clock.instant())) {
                events.publishEvent(new MilestoneOverdue(m.id(), m.caseId(), m.ownerOrganisationId(),
                        m.ownerPersonId(), m.dueOn()));
            }
        });
    }
}
