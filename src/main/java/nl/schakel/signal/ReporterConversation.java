package nl.schakel.signal;

import java.time.Instant;
import java.util.List;

/**
 * Reading the conversation between the officer and a signal's reporter, for modules that share it when the officer
 * chooses to (routing's reporter's answers, decision 0035). The channel module that keeps the conversation (intake)
 * implements it, so those modules need not depend on it. Callers check who may read it, and audit.
 */
public interface ReporterConversation {

    /** The messages, oldest first: who wrote (the reporter or the officer), the text and when — never who the reporter is. */
    List<Line> lines(SignalId signal);

    record Line(boolean fromReporter, String text, Instant at) {
    }
}
