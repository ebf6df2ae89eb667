package nl.schakel.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.intake.internal.Conversation;
import nl.schakel.intake.internal.FollowUps;
import nl.schakel.intake.internal.ReceiptCodes;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.Signals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporter sees and does after sending: the status in plain words, the officer's messages,
 * and answering them. Anonymous reporters identify with their receipt code (checked against its slow
 * hash), professionals with their account.
 */
@Service
public class ReporterFollowUp {

    private static final String PURPOSE = "REPORTING";

    private final JdbcClient jdbc;
    private final Signals signals;
    private final SignalRecords records;
    private final FollowUps followUps;
    private final Conversation conversation;
    private final PasswordEncoder slowHash;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReporterFollowUp(JdbcClient jdbc, Signals signals, SignalRecords records, FollowUps followUps,
            Conversation conversation, PasswordEncoder slowHash, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.records = records;
        this.followUps = followUps;
        this.conversation = conversation;
        this.slowHash = slowHash;
        this.audit = audit;
        this.events = events;
    }

    /** The signal a receipt code belongs to, or empty when the code is unknown or mistyped. */
    public Optional<FollowUpView> byReceipt(String typedCode) {
        Optional<SignalId> id = signalOf(typedCode);
        id.ifPresent(s -> audit.record(AuditEvent.success("FOLLOW_UP_VIEWED", "SIGNAL", s, PURPOSE),
                Optional.empty()));
        return id.flatMap(this::followUp);
    }

    @Transactional
    public boolean replyByReceipt(String typedCode, String body) {
        Optional<SignalId> id = signalOf(typedCode);
        id.ifPresent(s -> reply(s, body, Optional.empty()));
        return id.isPresent();
    }

    public List<SignalSummary> mySignals(SchakelUser reporter) {
        audit.record(new AuditEvent("MY_SIGNALS_VIEWED", "SIGNAL", null, PURPOSE, nl.schakel.audit.Outcome.SUCCESS));
        return signals.summaries(followUps.reportedBy(reporter.userId()));
    }

    public Optional<FollowUpView> mySignal(SchakelUser reporter, SignalId id) {
        if (!followUps.isReportedBy(reporter.userId(), id)) {
            return Optional.empty();
        }
        audit.record(AuditEvent.success("FOLLOW_UP_VIEWED", "SIGNAL", id, PURPOSE));
        return followUp(id);
    }

    /**
     * A read-only copy of what the professional reported, in the officer's words; only of their own signal, and
     * audited as a read of personal data. Nothing the officer or partners added.
     */
    public Optional<nl.schakel.signal.SignalDetail> myCopy(SchakelUser reporter, SignalId id) {
        if (!followUps.isReportedBy(reporter.userId(), id)) {
            audit.record(new AuditEvent("REPORTED_COPY_VIEWED", "SIGNAL", id.toString(), PURPOSE,
                    nl.schakel.audit.Outcome.DENIED));
            return Optional.empty();
        }
        audit.record(AuditEvent.success("REPORTED_COPY_VIEWED", "SIGNAL", id, PURPOSE));
        return signals.forProcessing(id);
    }

    @Transactional
    public boolean replyAsReporter(SchakelUser reporter, SignalId id, String body) {
        if (!followUps.isReportedBy(reporter.userId(), id)) {
            return false;
        }
        reply(id, body, Optional.of(reporter));
        return true;
    }

    private void reply(SignalId id, String body, Optional<SchakelUser> author) {
        conversation.add(id, Message.Direction.FROM_REPORTER, author.map(SchakelUser::userId).orElse(null), body);
        records.replyReceived(id);
        audit.record(AuditEvent.success("REPORTER_REPLIED", "SIGNAL", id, PURPOSE),
                author.map(nl.schakel.audit.AuditActor.class::cast));
        UUID receiving = signals.receivingOrganisation(id).orElseThrow();
        events.publishEvent(new ReporterMessageReceived(id, receiving));
    }

    /** What the reporter sees: date, status and the conversation; no subjects or attachments are read. */
    private Optional<FollowUpView> followUp(SignalId id) {
        return signals.summaries(List.of(id)).stream().findFirst()
                .map(s -> new FollowUpView(id, s.receivedAt(), s.status(), conversation.messages(id)));
    }

    private Optional<SignalId> signalOf(String typedCode) {
        return ReceiptCodes.normalise(typedCode).flatMap(code -> jdbc.sql(
                        "select signal_id, receipt_hash from signal_follow_up where receipt_selector = ?")
                .param(ReceiptCodes.selector(code))
                .query((rs, n) -> slowHash.matches(code, rs.getString("receipt_hash"))
                        ? Optional.of(new SignalId(rs.getObject("signal_id", UUID.class)))
                        : Optional.<SignalId>empty())
                .optional().flatMap(o -> o));
    }
}
