package nl.schakel.signal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.signal.internal.SignalReader;
import nl.schakel.signal.internal.SignalWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    SignalProgress(SignalReader reader, SignalWriter writer, AuditTrail audit, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.reader = reader;
        this.writer = writer;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Moves the signal to {@code to}; refuses loudly when the route does not allow that from where it is now.
     *
     * @param userId who moved it, or null when the system did (e.g. after a partner's answer)
     * @throws IllegalSignalTransition when the route does not allow the move, or another move came first
     * @throws java.util.NoSuchElementException when there is no such signal
     */
    @Transactional
    public void advance(SignalId id, SignalStatus to, @Nullable UUID userId) {
        SignalStatus from = reader.status(id).orElseThrow();
        from.moveTo(to);
        // The status in the WHERE clause makes two concurrent moves from one state end with one winner.
        if (!move(id, from, to, userId)) {
            throw new IllegalSignalTransition(reader.status(id).orElse(from), to);
        }
    }

    /**
     * Moves the signal to {@code to} only when the route allows it from where it is now; otherwise leaves it
     * where it is. For steps that may or may not move the signal on, such as a second enrichment, or a
     * partner's answer to a signal that is already further along.
     *
     * @return whether it moved (false also when another move came first, or there is no such signal)
     */
    @Transactional
    public boolean advanceIfAllowed(SignalId id, SignalStatus to, @Nullable UUID userId) {
        return reader.status(id).filter(from -> from.mayMoveTo(to)).map(from -> move(id, from, to, userId))
                .orElse(false);
    }

    private boolean move(SignalId id, SignalStatus from, SignalStatus to, @Nullable UUID userId) {
        int changed = jdbc.sql("update signal set status = ?, updated_at = ? where id = ? and status = ?")
                .params(to.name(), OffsetDateTime.now(clock), id.value(), from.name()).update();
        if (changed != 1) {
            return false;
        }
        writer.recordStatus(id, to, userId);
        audit.record(AuditEvent.success("SIGNAL_STATUS_CHANGED", "SIGNAL", id, "SIGNAL_HANDLING"));
        events.publishEvent(new SignalStatusChanged(id, to, clock.instant()));
        return true;
    }
}
