package nl.schakel.retention.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionAction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The destruction list as read: record type and id, policy version, action, batch, who and when; no content. */
@Component
public class DestructionList {

    private final JdbcClient jdbc;

    DestructionList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> latest(int limit) {
        return jdbc.sql("""
                select d.record_type, d.record_id, p.version, p.outcome, d.action, d.batch_id, d.executed_by, d.executed_at
                from retention_destruction d join retention_policy p on p.id = d.policy_id
                order by d.executed_at desc, d.record_id limit ?""").param(limit)
                .query((rs, n) -> new Row(RecordType.valueOf(rs.getString("record_type")),
                        rs.getObject("record_id", UUID.class), rs.getInt("version"), rs.getString("outcome"),
                        RetentionAction.valueOf(rs.getString("action")), rs.getObject("batch_id", UUID.class),
                        rs.getObject("executed_by", UUID.class), rs.getObject("executed_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * @param executedBy the administrator who approved the batch (four eyes), or null for the nightly job
     */
    public record Row(RecordType type, UUID recordId, int policyVersion, String outcome, RetentionAction action,
            UUID batchId, @Nullable UUID executedBy, OffsetDateTime executedAt) {
    }
}
