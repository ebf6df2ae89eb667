package nl.schakel.signal;

import java.util.List;
import java.util.UUID;

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
    private final SignalReader reader;

    SignalRecords(SignalWriter writer, Attachments attachments, ApplicationEventPublisher events, SignalReader reader) {
        this.writer = writer;
        this.reader = reader;
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

    /**
     * Records a professional's signal that first waits for their manager's co-signature (route step 1, decision 0034):
     * it has its reference, but its officers do not see it and nothing is published until {@link #cosigned}.
     */
    @Transactional
    public SignalId recordAwaitingCosignature(NewSignal signal, List<Upload> uploads) {
        SignalId id = writer.insert(signal);
        writer.awaitCosignature(id);
        attachments.store(SignalReader.ATTACHMENT_OWNER, id.value(), uploads);
        return id;
    }

    /**
     * The manager co-signed a waiting signal: it reaches its officers as if received now, and {@link SignalReceived}
     * is published. Nothing happens when it was not waiting.
     */
    @Transactional
    public void cosigned(SignalId id, UUID managerUserId) {
        if (writer.cosigned(id, managerUserId)) {
            reader.byId(id).ifPresent(signal -> events.publishEvent(
                    new SignalReceived(id, signal.receivingOrganisationId(), signal.acute())));
        }
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
