package nl.schakel.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.ChainVerification;
import nl.schakel.audit.CorrelationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit records to PostgreSQL. Each record is written in its own short transaction, so that
 * an attempt is recorded even when the caller's work rolls back, and reads in read-only transactions
 * can be audited too. An advisory lock serialises appends, which keeps the chain a single line.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** Arbitrary but fixed key of the advisory lock that guards the chain's head. */
    private static final long CHAIN_LOCK = 0x5343_4841_4b45_4cL;

    private static final int VERIFY_BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void record(AuditEvent event) {
        record(event, currentActor());
    }

    @Override
    public void record(AuditEvent event, Optional<AuditActor> actor) {
        ownTransaction.executeWithoutResult(status -> append(event, actor));
    }

    private void append(AuditEvent event, Optional<AuditActor> actor) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
        String previousHash = jdbc.sql("select hash from audit_record order by seq desc limit 1")
                .query(String.class).optional().orElse(ChainHash.GENESIS);
        long seq = jdbc.sql("select nextval('audit_record_seq')").query(Long.class).single();
        AuditRecord record = new AuditRecord(seq, Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                actor.map(AuditActor::userId).orElse(null), actor.map(AuditActor::organisationId).orElse(null),
                actor.map(AuditActor::roleCode).orElse(null), event.action(), event.objectType(), event.objectId(),
                event.purpose(), event.outcome().name(), CorrelationId.current().orElse(null), previousHash, "");
        jdbc.sql("""
                insert into audit_record (seq, occurred_at, user_id, organisation_id, role, action, object_type,
                    object_id, purpose, outcome, correlation_id, previous_hash, hash)
                values (:seq, :occurredAt, :userId, :organisationId, :role, :action, :objectType,
                    :objectId, :purpose, :outcome, :correlationId, :previousHash, :hash)
                """)
                .param("seq", record.seq())
                .param("occurredAt", record.occurredAt().atOffset(ZoneOffset.UTC))
                .param("userId", record.userId())
                .param("organisationId", record.organisationId())
                .param("role", record.role())
                .param("action", record.action())
                .param("objectType", record.objectType())
                .param("objectId", record.objectId())
                .param("purpose", record.purpose())
                .param("outcome", record.outcome())
                .param("correlationId", record.correlationId())
                .param("previousHash", record.previousHash())
                .param("hash", record.expectedHash())
                .update();
    }

    @Override
    public ChainVerification verify() {
        String expectedPrevious = ChainHash.GENESIS;
        long lastSeq = Long.MIN_VALUE;
        long checked = 0;
        List<AuditRecord> batch;
        do {
            batch = AuditRecords.after(jdbc, lastSeq, VERIFY_BATCH);
            for (AuditRecord record : batch) {
                checked++;
                if (!record.previousHash().equals(expectedPrevious)) {
                    return new ChainVerification(checked, record.seq(), "LINK_BROKEN");
                }
                if (!record.expectedHash().equals(record.hash())) {
                    return new ChainVerification(checked, record.seq(), "CONTENT_CHANGED");
                }
                expectedPrevious = record.hash();
                lastSeq = record.seq();
            }
        } while (batch.size() == VERIFY_BATCH);
        return new ChainVerification(checked, null, null);
    }

    private static Optional<AuditActor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
