package nl.schakel.routing.internal;

import java.util.List;

import nl.schakel.routing.SharedPart;
import nl.schakel.routing.SharedPartSource;
import nl.schakel.routing.SharedReferral;
import nl.schakel.signal.ReporterConversation;
import nl.schakel.signal.SignalId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The conversation with the reporter as a referral may share it ({@link SharedPart#REPORTER_ANSWERS}): who wrote
 * (kind FROM_REPORTER or TO_REPORTER), the text and when. Never who the reporter is; their sealed identity is not
 * read at all.
 */
@Component
class ReporterAnswers implements SharedPartSource {

    static final String FROM_REPORTER = "FROM_REPORTER";
    static final String TO_REPORTER = "TO_REPORTER";

    private final ObjectProvider<ReporterConversation> conversation;

    ReporterAnswers(ObjectProvider<ReporterConversation> conversation) {
        this.conversation = conversation;
    }

    @Override
    public SharedPart part() {
        return SharedPart.REPORTER_ANSWERS;
    }

    @Override
    public List<SharedReferral.Entry> entries(SignalId signal) {
        ReporterConversation channel = conversation.getIfAvailable();
        if (channel == null) {
            return List.of();
        }
        return channel.lines(signal).stream()
                .map(l -> new SharedReferral.Entry(l.fromReporter() ? FROM_REPORTER : TO_REPORTER, l.text(), null,
                        l.at()))
                .toList();
    }
}
