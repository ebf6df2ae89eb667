package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.schakel.retention.Due;
import nl.schakel.retention.RetentionNoticeDue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Tells each record's owner once, {@value RetentionNoticeDue#DAYS_BEFORE} days before its date (GlobaLeaks #4280). */
@Component
class RetentionNotices {

    private final Policies policies;
    private final RetentionPlan plan;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionNotices(Policies policies, RetentionPlan plan, JdbcClient jdbc, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.policies = policies;
        this.plan = plan;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    void sendUpcoming(LocalDate today) {
        for (Policy policy : policies.all()) {
            for (Due due : plan.candidates(policy, policy.cutoff(today.plusDays(RetentionNoticeDue.DAYS_BEFORE)))) {
                if (due.ownerId() != null && !plan.destroyed(policy.type(), due.id())) {
                    transactions.executeWithoutResult(status -> send(policy, due));
                }
            }
        }
    }

    private void send(Policy policy, Due due) {
        LocalDate dueOn = policy.dueOn(due.sourceDate());
        int inserted = jdbc.sql("""
                insert into retention_notice (record_type, record_id, owner_id, policy_id, due_on, sent_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""").params(policy.type().name(), due.id(),
                due.ownerId(), policy.id(), dueOn, OffsetDateTime.now(clock)).update();
        if (inserted == 1) {
            events.publishEvent(new RetentionNoticeDue(policy.type(), due.id(), due.ownerId(), dueOn));
        }
    }
}
