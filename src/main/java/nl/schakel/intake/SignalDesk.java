package nl.schakel.intake;

import java.util.List;
import java.util.Optional;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.attachments.AttachmentContent;
import nl.schakel.attachments.AttachmentId;
import nl.schakel.attachments.Attachments;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.intake.internal.Conversation;
import nl.schakel.intake.internal.ReporterIdentities;
import nl.schakel.intake.internal.ReporterIdentity;
import nl.schakel.intake.internal.SignalReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the receiving designated officer does with a signal: see it, talk with the reporter, and — with
 * a reason — see who reported. Only designated officers of the receiving organisation get anything;
 * for everyone else a signal does not exist. Every look and every action is audited.
 */
@Service
public class SignalDesk {

    private static final String PURPOSE = "SIGNAL_HANDLING";

    private final SignalReader reader;
    private final Conversation conversation;
    private final ReporterIdentities identities;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final SignalProgress progress;

    SignalDesk(SignalReader reader, Conversation conversation, ReporterIdentities identities,
            Attachments attachments, AuditTrail audit, SignalProgress progress) {
        this.reader = reader;
        this.conversation = conversation;
        this.identities = identities;
        this.attachments = attachments;
        this.audit = audit;
        this.progress = progress;
    }

    /**
     * The organisation's signals that match the filter, acute and newest first; the search is audited.
     *
     * @param finished the finished signals (closed, merged, withdrawn) instead of those still on the route
     */
    public List<SignalSummary> search(SchakelUser officer, SignalFilter filter, boolean finished) {
        if (!officer.hasRole(Role.DESIGNATED_OFFICER)) {
            return List.of();
        }
        audit.record(new AuditEvent(filter.isEmpty() ? "SIGNAL_LIST_VIEWED" : "SIGNAL_SEARCHED", "SIGNAL", null,
                PURPOSE, nl.schakel.audit.Outcome.SUCCESS));
        return reader.receivedBy(officer.organisationId(), filter, finished);
    }

    /** How many of the organisation's signals match; a number, nothing about anyone. */
    public int count(SchakelUser officer, SignalFilter filter, boolean finished) {
        return officer.hasRole(Role.DESIGNATED_OFFICER) ? reader.countReceivedBy(officer.organisationId(), filter,
                finished) : 0;
    }

    /** Opens a signal; the first opening starts the triage (route step 2). */
    @Transactional
    public Optional<SignalView> open(SchakelUser officer, SignalId id) {
        Optional<SignalView> signal = find(officer, id);
        if (signal.isEmpty()) {
            audit.record(denied("SIGNAL_VIEWED", id));
            return signal;
        }
        audit.record(AuditEvent.success("SIGNAL_VIEWED", "SIGNAL", id, PURPOSE));
        if (signal.get().status() == SignalStatus.RECEIVED
                && progress.advance(id, SignalStatus.IN_TRIAGE, officer.userId())) {
            return find(officer, id);
        }
        return signal;
    }

    /** Sends the reporter a question or message; it appears on their follow-up page. */
    @Transactional
    public boolean messageReporter(SchakelUser officer, SignalId id, String body) {
        if (!mayHandle(officer, id)) {
            audit.record(denied("REPORTER_MESSAGED", id));
            return false;
        }
        conversation.add(id, SignalView.Direction.TO_REPORTER, officer.userId(), body);
        audit.record(AuditEvent.success("REPORTER_MESSAGED", "SIGNAL", id, PURPOSE));
        return true;
    }

    /** Unseals who reported; only for the receiving officer, with a reason that is kept. */
    @Transactional
    public Optional<ReporterIdentity> revealReporter(SchakelUser officer, SignalId id, String reason) {
        if (!mayHandle(officer, id) || reason.isBlank()) {
            audit.record(denied("REPORTER_REVEALED", id));
            return Optional.empty();
        }
        Optional<ReporterIdentities.Revealed> revealed = identities.reveal(id, officer.userId(), reason);
        revealed.ifPresent(r -> audit.record(AuditEvent.success("REPORTER_REVEALED", "REPORTER_REVEAL",
                r.revealId(), PURPOSE)));
        return revealed.map(ReporterIdentities.Revealed::identity);
    }

    public Optional<AttachmentContent> attachment(SchakelUser officer, SignalId id, AttachmentId attachment) {
        if (!mayHandle(officer, id)) {
            audit.record(denied("ATTACHMENT_DOWNLOADED", id));
            return Optional.empty();
        }
        try {
            AttachmentContent content = attachments.read(attachment, SignalReader.ATTACHMENT_OWNER, id.value());
            audit.record(AuditEvent.success("ATTACHMENT_DOWNLOADED", "ATTACHMENT", attachment, PURPOSE));
            return Optional.of(content);
        } catch (java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** The one rule: a designated officer of the receiving organisation. (Also behind {@link Signals#visibleTo}.) */
    static boolean mayHandle(SchakelUser officer, SignalId id, SignalReader reader) {
        return officer.hasRole(Role.DESIGNATED_OFFICER) && reader.isReceivedBy(officer.organisationId(), id);
    }

    private boolean mayHandle(SchakelUser officer, SignalId id) {
        return mayHandle(officer, id, reader);
    }

    private Optional<SignalView> find(SchakelUser officer, SignalId id) {
        if (!officer.hasRole(Role.DESIGNATED_OFFICER)) {
            return Optional.empty();
        }
        return reader.receivedBy(officer.organisationId(), id);
    }

    private static AuditEvent denied(String action, SignalId id) {
        return new AuditEvent(action, "SIGNAL", id.toString(), PURPOSE, nl.schakel.audit.Outcome.DENIED);
    }
}
