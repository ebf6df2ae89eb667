package nl.schakel.signal;

import java.util.List;

import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.Upload;
import nl.schakel.signal.internal.SignalReader;
import nl.schakel.signal.internal.SignalWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes for the channels (the intake module): a new signal, and what the signal keeps of the conversation
 * with its reporter. Who may do this is for the caller to check; the caller also audits it, as it knows
 * who acted.
 */
@Service
public class SignalRecords {

    private final SignalWriter writer;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    SignalRecords(SignalWriter writer, Attachments attachments, ApplicationEventPublisher events) {
        this.writer = writer;
        this.attachments = attachments;
        this.events = events;
    }

    /** Records a received signal with its attachments and publishes {@link SignalReceived}, in the caller's transaction. */
    @Transactional
    public SignalId record(NewSignal signal, List<Upload> uploads) {
        SignalId id = writer.insert(signal);
        attachments.store(SignalReader.ATTACHMENT_OWNER, id.value(), uploads);
        events.publishEvent(new SignalReceived(id, signal.origin().receivingOrganisationId(), signal.flags().acute()));
        return id;
    }

    /** The reporter replied; lists show it as unread until the officer writes back. */
    @Transactional
    public void replyReceived(SignalId id) {
        writer.replyReceived(id);
    }

    /** The officer wrote to the reporter; earlier replies count as read. */
    @Transactional
    public void reporterMessaged(SignalId id) {
        writer.reporterMessaged(id);
    }
}
