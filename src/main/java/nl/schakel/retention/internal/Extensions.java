package nl.schakel.retention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.retention.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's extension of a record they were notified about: once, by at most one period of its policy, with a
 * reason. A second extension is refused.
 */
@Component
public class Extensions {

    private final JdbcClient jdbc;
    private final Policies policies;
    private final AuditTrail audit;
    private final Clock clock;

    Extensions(JdbcClient jdbc, Policies policies, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the new date. */
    @Transactional
    public LocalDate extend(RecordType type, UUID recordId, UUID ownerId, int months, String reason) {
        Notified notice = jdbc.sql("""
                select policy_id, due_on from retention_notice where record_type = ? and record_id = ? and owner_id = ?""")
                .params(type.name(), recordId, ownerId)
                .query((rs, n) -> new Notified(rs.getObject("policy_id", UUID.class),
                        rs.getObject("due_on", LocalDate.class))).optional()
                .orElseThrow(() -> new RetentionRefusedException("retention.refused.notOwner"));
        Policy policy = policies.byId(notice.policyId()).orElseThrow();
        if (months < 1 || months > policy.periodMonths()) {
            throw new RetentionRefusedException("retention.refused.extensionTooLong");
        }
        LocalDate until = notice.dueOn().plusMonths(months);
        int inserted = jdbc.sql("""
                insert into retention_extension (record_type, record_id, extended_until, reason, extended_by, extended_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""").params(type.name(), recordId, until, reason.strip(),
                ownerId, OffsetDateTime.now(clock)).update();
        if (inserted == 0) {
            throw new RetentionRefusedException("retention.refused.extendedOnce");
        }
        audit.record(AuditEvent.success("RETENTION_EXTENDED", type.name(), recordId, "RETENTION"));
        return until;
    }

    /** The record as its owner sees it: its type and id, the date, and the extension if one was made. */
    public java.util.Optional<Owned> owned(RecordType type, UUID recordId, UUID ownerId) {
        return jdbc.sql("""
                select n.due_on, e.extended_until from retention_notice n
                left join retention_extension e on e.record_type = n.record_type and e.record_id = n.record_id
                where n.record_type = ? and n.record_id = ? and n.owner_id = ?""")
                .params(type.name(), recordId, ownerId)
                .query((rs, n) -> new Owned(type, recordId, rs.getObject("due_on", LocalDate.class),
                        rs.getObject("extended_until", LocalDate.class))).optional();
    }

    public record Owned(RecordType type, UUID recordId, LocalDate dueOn,
            @Nullable LocalDate extendedUntil) {

        /** The type as links name it: lower case with hyphens. */
        public String pathType() {
            return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private record Notified(UUID policyId, LocalDate dueOn) {
    }
}
