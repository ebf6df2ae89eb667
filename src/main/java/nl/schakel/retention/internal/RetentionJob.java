package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RetainedParts;
import nl.schakel.retention.RetainedRecords;
import nl.schakel.retention.RetentionAction;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly job. It first finishes a batch a crash left unfinished; otherwise it records today's batch with all
 * its items, then (at once, or after an administrator approved it when four eyes are on) does each item in its
 * own transaction: the hold check, the parts' and the owner's action, the destruction-list row and the item's
 * state together. A restart therefore never does an item twice.
 */
@Component
public class RetentionJob {

    private static final String PURPOSE = "RETENTION";

    private final RetentionPlan plan;
    private final Batches batches;
    private final RetentionNotices notices;
    private final RetentionProperties properties;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    /** For the crash test: throws after this many items (negative: never). */
    private final AtomicInteger failAfter = new AtomicInteger(-1);

    RetentionJob(RetentionPlan plan, Batches batches, RetentionNotices notices, RetentionProperties properties,
            TransactionTemplate transactions, AuditTrail audit, Clock clock) {
        this.plan = plan;
        this.batches = batches;
        this.notices = notices;
        this.properties = properties;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${schakel.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    public void nightly() {
        run();
    }

    /** One run: notices, then the unfinished batch or a new one. Returns the batch worked on, if any. */
    public synchronized Optional<UUID> run() {
        LocalDate today = LocalDate.now(clock);
        notices.sendUpcoming(today);
        Optional<Batches.Batch> unfinished = batches.unfinished();
        if (unfinished.isPresent()) {
            Batches.Batch batch = unfinished.get();
            if (batch.status() == BatchStatus.RUNNING) {
                execute(batch, today);
            }
            return Optional.of(batch.id());
        }
        List<Planned> due = plan.dueOn(today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        BatchStatus first = properties.fourEyes() ? BatchStatus.AWAITING_APPROVAL : BatchStatus.RUNNING;
        UUID id = transactions.execute(status -> batches.record(today, due, first));
        audit.record(AuditEvent.success("RETENTION_BATCH_RECORDED", "RETENTION_BATCH", id, PURPOSE));
        if (first == BatchStatus.RUNNING) {
            execute(batches.batch(id).orElseThrow(), today);
        }
        return Optional.of(id);
    }

    /**
     * Four eyes on a batch that waits: the first administrator submits it, a second one approves it and it runs.
     *
     * @throws RetentionRefusedException when the batch does not wait, or the one who submitted it approves it
     */
    public void approve(UUID batchId, UUID approver) {
        Batches.Batch batch = batches.batch(batchId).orElseThrow(() ->
                new RetentionRefusedException("retention.refused.batchState"));
        if (!batch.awaitingApproval()) {
            throw new RetentionRefusedException("retention.refused.batchState");
        }
        if (batch.submittedBy() == null) {
            if (!Boolean.TRUE.equals(transactions.execute(status -> batches.submit(batch, approver)))) {
                throw new RetentionRefusedException("retention.refused.batchState");
            }
            audit.record(AuditEvent.success("RETENTION_BATCH_SUBMITTED", "RETENTION_BATCH", batchId, PURPOSE));
            return;
        }
        if (batch.submittedBy().equals(approver)) {
            throw new RetentionRefusedException("retention.refused.ownBatch");
        }
        transactions.executeWithoutResult(status -> batches.move(batch, BatchStatus.RUNNING, approver));
        audit.record(AuditEvent.success("RETENTION_BATCH_APPROVED", "RETENTION_BATCH", batchId, PURPOSE));
        execute(batches.batch(batchId).orElseThrow(), LocalDate.now(clock));
    }

    private void execute(Batches.Batch batch, LocalDate today) {
        int done = 0;
        for (Batches.Item item : batches.pending(batch.id())) {
            if (done == failAfter.get()) {
                throw new IllegalStateException("retention test hook: stopped after " + done + " items");
            }
            transactions.executeWithoutResult(status -> apply(item, batch.approvedBy(), today));
            done++;
        }
        transactions.executeWithoutResult(status -> batches.move(batch, BatchStatus.DONE, null));
    }

    private void apply(Batches.Item item, @Nullable UUID executedBy, LocalDate today) {
        if (!batches.claim(item)) {
            return;
        }
        Optional<HoldReason> hold = plan.held(item.type(), item.id(), today);
        if (hold.isPresent()) {
            batches.held(item, hold.get());
            audit.record(new AuditEvent("RETENTION_HELD_" + hold.get().name(), item.type().name(), item.id().toString(),
                    PURPOSE, nl.schakel.audit.Outcome.SUCCESS));
            return;
        }
        RetainedRecords owner = plan.owners().get(item.type());
        for (RetainedParts part : plan.partsOf(item.type())) {
            if (item.action() == RetentionAction.DELETE) {
                part.delete(item.id());
            } else {
                part.anonymise(item.id());
            }
        }
        if (owner != null) {
            if (item.action() == RetentionAction.DELETE) {
                owner.delete(item.id());
            } else {
                owner.anonymise(item.id());
            }
        }
        batches.done(item, executedBy);
        audit.record(AuditEvent.success(item.action() == RetentionAction.DELETE ? "RETENTION_DELETED"
                : "RETENTION_ANONYMISED", item.type().name(), item.id(), PURPOSE));
    }

    /** Test hook: the next runs stop (throw) after this many items; negative for never. */
    public void failAfterForTests(int items) {
        failAfter.set(items);
    }
}
