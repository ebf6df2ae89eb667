package nl.schakel.intake;

import java.util.Optional;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.intake.internal.Conversation;
import nl.schakel.intake.internal.ReporterIdentities;
import nl.schakel.signal.ReporterChannel;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.Signals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving designated officer and the reporter: messages to the reporter, and — with a reason — who
 * reported. Only a designated officer of the receiving organisation ({@link Signals#visibleTo}) may; every
 * action is audited.
 */
@Service
public class ReporterContact implements ReporterChannel {

    private static final String PURPOSE = "SIGNAL_HANDLING";

    private final Signals signals;
    private final SignalRecords records;
    private final Conversation conversation;
    private final ReporterIdentities identities;
    private final AuditTrail audit;

    ReporterContact(Signals signals, SignalRecords records, Conversation conversation, ReporterIdentities identities,
            AuditTrail audit) {
        this.signals = signals;
        this.records = records;
        this.conversation = conversation;
        this.identities = identities;
        this.audit = audit;
    }

    /** Sends the reporter a question or message; it appears on their follow-up page. */
    @Override
    @Transactional
    public boolean messageReporter(SchakelUser officer, SignalId id, String body) {
        if (!signals.visibleTo(officer, id)) {
            audit.record(denied("REPORTER_MESSAGED", id));
            return false;
        }
        conversation.add(id, Message.Direction.TO_REPORTER, officer.userId(), body);
        records.reporterMessaged(id);
        audit.record(AuditEvent.success("REPORTER_MESSAGED", "SIGNAL", id, PURPOSE));
        return true;
    }

    /**
     * Unseals who reported; only for the receiving officer, with a reason that is kept. Empty when refused or when
     * no identity was kept; {@link RevealedReporter#DESTROYED} once the signal's data key was destroyed.
     */
    @Transactional
    public Optional<RevealedReporter> revealReporter(SchakelUser officer, SignalId id, String reason) {
        if (!signals.visibleTo(officer, id) || reason.isBlank()) {
            audit.record(denied("REPORTER_REVEALED", id));
            return Optional.empty();
        }
        Optional<ReporterIdentities.Revealed> revealed = identities.reveal(id, officer.userId(), reason);
        revealed.ifPresent(r -> audit.record(r.destroyed()
                ? new AuditEvent("REPORTER_REVEALED", "SIGNAL", id.toString(), PURPOSE, Outcome.FAILURE)
                : AuditEvent.success("REPORTER_REVEALED", "REPORTER_REVEAL", r.revealId(), PURPOSE)));
        return revealed.map(r -> r.destroyed() ? RevealedReporter.DESTROYED : new RevealedReporter(r.identity()));
    }

    /** Whether this officer may handle the signal (and so talk with its reporter); nothing is read or audited. */
    public boolean mayHandle(SchakelUser officer, SignalId id) {
        return signals.visibleTo(officer, id);
    }

    private static AuditEvent denied(String action, SignalId id) {
        return new AuditEvent(action, "SIGNAL", id.toString(), PURPOSE, Outcome.DENIED);
    }
}
