package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.retention.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Manual holds: a request of the police or the Public Prosecution Service keeps a record until it is lifted. */
@Component
public class Holds {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Holds(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID place(RecordType type, UUID recordId, String reason, String reference, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into retention_hold (id, record_type, record_id, reason, reference, placed_by, placed_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, type.name(), recordId, reason.strip(), reference.strip(), by,
                OffsetDateTime.now(clock)).update();
        audit.record(AuditEvent.success("RETENTION_HOLD_PLACED", "RETENTION_HOLD", id, "RETENTION"));
        return id;
    }

    @Transactional
    public void lift(UUID holdId, UUID by) {
        jdbc.sql("update retention_hold set lifted_by = ?, lifted_at = ? where id = ? and lifted_at is null")
                .params(by, OffsetDateTime.now(clock), holdId).update();
        audit.record(AuditEvent.success("RETENTION_HOLD_LIFTED", "RETENTION_HOLD", holdId, "RETENTION"));
    }

    public List<Hold> active() {
        return jdbc.sql("select * from retention_hold where lifted_at is null order by placed_at desc")
                .query((rs, n) -> new Hold(rs.getObject("id", UUID.class), RecordType.valueOf(rs.getString("record_type")),
                        rs.getObject("record_id", UUID.class), rs.getString("reference"))).list();
    }

    /** A hold as listed: no reason text on the list, only its reference. */
    public record Hold(UUID id, RecordType type, UUID recordId, String reference) {
    }
}
