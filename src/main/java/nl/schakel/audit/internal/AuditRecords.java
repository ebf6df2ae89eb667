package nl.schakel.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads audit records: the verifier's batches and the viewer's filtered pages. */
public final class AuditRecords {

    static final String COLUMNS = """
            seq, occurred_at, user_id, organisation_id, role, action, object_type, object_id, purpose, outcome,
            correlation_id, previous_hash, hash, hash_version, chain, reason, repeat_count""";

    private AuditRecords() {
    }

    static List<AuditRecord> after(JdbcClient jdbc, int chain, long seq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_record where chain = ? and seq > ? order by seq limit ?")
                .params(chain, seq, limit)
                .query(AuditRecords::map)
                .list();
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("user_id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getString("role"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("purpose"), rs.getString("outcome"), rs.getString("correlation_id"),
                rs.getString("previous_hash"), rs.getString("hash"), rs.getInt("hash_version"), rs.getInt("chain"),
                rs.getString("reason"), rs.getObject("repeat_count", Integer.class));
    }
}
