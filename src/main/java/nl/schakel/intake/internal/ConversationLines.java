package nl.schakel.intake.internal;

import java.util.List;

import nl.schakel.intake.Message;
import nl.schakel.signal.ReporterConversation;
import nl.schakel.signal.SignalId;
import org.springframework.stereotype.Component;

/** The conversation with the reporter for other modules (signal's port): the messages only, no author, no identity. */
@Component
class ConversationLines implements ReporterConversation {

    private final Conversation conversation;

    ConversationLines(Conversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public List<Line> lines(SignalId signal) {
        return conversation.messages(signal).stream()
                .map(m -> new Line(m.direction() == Message.Direction.FROM_REPORTER, m.body(), m.sentAt())).toList();
    }
}
