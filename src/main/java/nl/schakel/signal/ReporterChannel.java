package nl.schakel.signal;

import nl.schakel.access.SchakelUser;

/**
 * Writing to a signal's reporter, for modules that must (handling's feedback). The channel module that
 * keeps the conversation (intake) implements it, so those modules need not depend on it.
 */
public interface ReporterChannel {

    /**
     * Sends the reporter a message they read on their follow-up page; audited.
     *
     * @return false when this officer may not handle the signal (nothing is sent)
     */
    boolean messageReporter(SchakelUser officer, SignalId id, String body);
}
