package nl.schakel.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.intake.internal.SignalReader;
import nl.schakel.intake.internal.SignalWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a signal along the reporting route. The route's rules live in {@link SignalStatus}; whether a
 * person may move this signal is for the caller to check (the handling module does, before it calls).
 * Each move is recorded with who made it, so the timeline and the waiting times can be derived.
 */
@Service
public class SignalProgress {

    private final SignalReader reader;
    private final SignalWriter writer;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    SignalProgress(SignalReader reader, SignalWriter writer, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Moves the signal to {@code to} when the route allows that from where it is now.
     *
     * @param userId who moved it, or null when the system did (e.g. after a partner's answer)
     * @return whether it moved; false when the route does not allow the move or it is there already
     */
    @Transactional
    public boolean advance(SignalId id, SignalStatus to, @Nullable UUID userId) {
        Optional<SignalStatus> from = reader.status(id);
        if (from.isEmpty() || !from.get().mayMoveTo(to)) {
            return false;
        }
        // The status in the WHERE clause makes two concurrent moves from one state end with one winner.
        int changed = jdbc.sql("update signal set status = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), OffsetDateTime.now(clock), id.value(), from.get().name()).update();
        if (changed != 1) {
            return false;
        }
        writer.recordStatus(id, to, userId);
        audit.record(AuditEvent.success("SIGNAL_STATUS_CHANGED", "SIGNAL", id, "SIGNAL_HANDLING"));
        return true;
    }
}
