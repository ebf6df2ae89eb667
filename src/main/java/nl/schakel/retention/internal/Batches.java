package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionAction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The batches of the nightly job, their items, and the destruction list they write. */
@Component
public class Batches {

    private final JdbcClient jdbc;
    private final Clock clock;

    Batches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a batch with all its items at once, before anything is done. */
    UUID record(LocalDate runOn, List<Planned> items, BatchStatus status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into retention_batch (id, run_on, status, created_at) values (?, ?, ?, ?)")
                .params(id, runOn, status.name(), OffsetDateTime.now(clock)).update();
        int position = 0;
        for (Planned item : items) {
            jdbc.sql("""
                    insert into retention_batch_item (batch_id, record_type, record_id, policy_id, action, state, position)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(id, item.type().name(), item.id(), item.policy().id(),
                    item.policy().action().name(), ItemState.PENDING.name(), position++).update();
        }
        return id;
    }

    /** The oldest batch not done, if any. */
    Optional<Batch> unfinished() {
        return jdbc.sql("select * from retention_batch where status <> ? order by created_at limit 1")
                .param(BatchStatus.DONE.name()).query(Batches::batch).optional();
    }

    public Optional<Batch> batch(UUID id) {
        return jdbc.sql("select * from retention_batch where id = ?").param(id).query(Batches::batch).optional();
    }

    public List<Batch> recent() {
        return jdbc.sql("select * from retention_batch order by created_at desc limit 50").query(Batches::batch).list();
    }

    void move(Batch batch, BatchStatus next, @Nullable UUID approvedBy) {
        BatchStatus moved = batch.status().moveTo(next);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update retention_batch set status = ? where id = ? and status = ?")
                .params(moved.name(), batch.id(), batch.status().name()).update();
        if (approvedBy != null) {
            jdbc.sql("update retention_batch set approved_by = ?, approved_at = ? where id = ?")
                    .params(approvedBy, now, batch.id()).update();
        }
        if (moved == BatchStatus.DONE) {
            jdbc.sql("update retention_batch set finished_at = ? where id = ?").params(now, batch.id()).update();
        }
    }

    /** The first of the four eyes: who submits a waiting batch; false when someone submitted it already. */
    boolean submit(Batch batch, UUID admin) {
        return jdbc.sql("""
                update retention_batch set submitted_by = ?, submitted_at = ?
                where id = ? and status = ? and submitted_by is null""").params(admin, OffsetDateTime.now(clock),
                batch.id(), BatchStatus.AWAITING_APPROVAL.name()).update() == 1;
    }

    /** The items still to do, in their order. */
    List<Item> pending(UUID batch) {
        return jdbc.sql("""
                select * from retention_batch_item where batch_id = ? and state = ? order by position""")
                .params(batch, ItemState.PENDING.name()).query((rs, n) -> new Item(batch,
                        RecordType.valueOf(rs.getString("record_type")), rs.getObject("record_id", UUID.class),
                        rs.getObject("policy_id", UUID.class), RetentionAction.valueOf(rs.getString("action"))))
                .list();
    }

    /** Takes the item for this transaction; false when another run did it already. */
    boolean claim(Item item) {
        return jdbc.sql("""
                select 1 from retention_batch_item where batch_id = ? and record_type = ? and record_id = ?
                    and state = ? for update""").params(item.batch(), item.type().name(), item.id(),
                ItemState.PENDING.name()).query(Integer.class).optional().isPresent();
    }

    void held(Item item, HoldReason reason) {
        finish(item, ItemState.HELD, reason.name());
    }

    /** Marks the item done and writes its one row on the destruction list. */
    void done(Item item, @Nullable UUID executedBy) {
        jdbc.sql("""
                insert into retention_destruction (record_type, record_id, policy_id, action, batch_id, executed_by,
                    executed_at) values (?, ?, ?, ?, ?, ?, ?)""").params(item.type().name(), item.id(), item.policyId(),
                item.action().name(), item.batch(), executedBy, OffsetDateTime.now(clock)).update();
        finish(item, ItemState.DONE, null);
    }

    private void finish(Item item, ItemState state, @Nullable String reason) {
        jdbc.sql("""
                update retention_batch_item set state = ?, hold_reason = ?
                where batch_id = ? and record_type = ? and record_id = ?""")
                .params(state.name(), reason, item.batch(), item.type().name(), item.id()).update();
    }

    /** Counts per state of a batch's items. */
    public List<Count> counts(UUID batch) {
        return jdbc.sql("""
                select state, coalesce(hold_reason, '') reason, count(*) n from retention_batch_item where batch_id = ?
                group by state, hold_reason order by state, hold_reason""").param(batch)
                .query((rs, n) -> new Count(ItemState.valueOf(rs.getString("state")), rs.getString("reason"),
                        rs.getInt("n"))).list();
    }

    private static Batch batch(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Batch(rs.getObject("id", UUID.class), rs.getObject("run_on", LocalDate.class),
                BatchStatus.valueOf(rs.getString("status")), rs.getObject("submitted_by", UUID.class),
                rs.getObject("approved_by", UUID.class));
    }

    public record Batch(UUID id, LocalDate runOn, BatchStatus status, @Nullable UUID submittedBy,
            @Nullable UUID approvedBy) {

        public boolean awaitingApproval() {
            return status == BatchStatus.AWAITING_APPROVAL;
        }

        /** Submitted by one administrator, waiting for a second. */
        public boolean awaitingSecondPerson() {
            return awaitingApproval() && submittedBy != null;
        }
    }

    record Item(UUID batch, RecordType type, UUID id, UUID policyId, RetentionAction action) {
    }

    public record Count(ItemState state, String holdReason, int count) {
    }
}
