package nl.schakel.signal;

import java.util.List;
import java.util.Optional;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.attachments.AttachmentContent;
import nl.schakel.attachments.AttachmentId;
import nl.schakel.attachments.Attachments;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.signal.internal.SignalReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the receiving designated officer sees of signals: the search, one signal, its attachments. Only
 * designated officers of the receiving organisation get anything; for everyone else a signal does not
 * exist. Every look is audited; taking a signal up is explicit ({@link #takeUp}). (Talking with the reporter is intake's: {@code intake.ReporterContact}.)
 */
@Service
public class SignalDesk {

    private static final String PURPOSE = "SIGNAL_HANDLING";

    private final SignalReader reader;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final SignalProgress progress;

    SignalDesk(SignalReader reader, Attachments attachments, AuditTrail audit, SignalProgress progress) {
        this.reader = reader;
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

    /**
     * Opens a signal (audited). Opening moves nothing: the officer takes the signal up explicitly with
     * {@link #takeUp} (decision 0026).
     */
    public Optional<SignalDetail> open(SchakelUser officer, SignalId id) {
        return look(officer, id, "SIGNAL_VIEWED");
    }

    /**
     * The signal for its printable version or PDF (audited as {@code SIGNAL_PRINTED}): the same read model as the
     * page, which holds no sealed field (the reporter's identity and the conversation are intake's).
     */
    public Optional<SignalDetail> print(SchakelUser officer, SignalId id) {
        return look(officer, id, "SIGNAL_PRINTED");
    }

    /**
     * Oppakken: the officer takes a new signal up (route step 2). The move to IN_TRIAGE records who did it and when;
     * that is who "took it up" on the page and the workbench.
     *
     * @throws IllegalSignalTransition when the signal was already taken up (409)
     * @throws java.util.NoSuchElementException when the officer may not handle the signal
     */
    @Transactional
    public void takeUp(SchakelUser officer, SignalId id) {
        if (!mayHandle(officer, id)) {
            audit.record(denied("SIGNAL_TAKEN_UP", id));
            throw new java.util.NoSuchElementException();
        }
        progress.advance(id, SignalStatus.IN_TRIAGE, officer.userId());
        audit.record(AuditEvent.success("SIGNAL_TAKEN_UP", "SIGNAL", id, PURPOSE));
    }

    private Optional<SignalDetail> look(SchakelUser officer, SignalId id, String action) {
        Optional<SignalDetail> signal = find(officer, id);
        audit.record(signal.isPresent() ? AuditEvent.success(action, "SIGNAL", id, PURPOSE) : denied(action, id));
        return signal;
    }

    /**
     * @throws nl.schakel.attachments.AttachmentDestroyedException when the signal's data key was destroyed (audited
     *     as a failure: nothing was read)
     */
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
        } catch (nl.schakel.attachments.AttachmentDestroyedException e) {
            audit.record(new AuditEvent("ATTACHMENT_DOWNLOADED", "ATTACHMENT", attachment.toString(), PURPOSE,
                    nl.schakel.audit.Outcome.FAILURE));
            throw e;
        }
    }

    /** The one rule: a designated officer of the receiving organisation. (Also behind {@link Signals#visibleTo}.) */
    static boolean mayHandle(SchakelUser officer, SignalId id, SignalReader reader) {
        return officer.hasRole(Role.DESIGNATED_OFFICER) && reader.isReceivedBy(officer.organisationId(), id);
    }

    private boolean mayHandle(SchakelUser officer, SignalId id) {
        return mayHandle(officer, id, reader);
    }

    private Optional<SignalDetail> find(SchakelUser officer, SignalId id) {
        if (!officer.hasRole(Role.DESIGNATED_OFFICER)) {
            return Optional.empty();
        }
        return reader.receivedBy(officer.organisationId(), id);
    }

    private static AuditEvent denied(String action, SignalId id) {
        return new AuditEvent(action, "SIGNAL", id.toString(), PURPOSE, nl.schakel.audit.Outcome.DENIED);
    }
}
