package nl.schakel.handling;

import nl.schakel.signal.SignalId;

/** Whether a signal still waits for a partner; closing it then would leave a hand-over unanswered. */
public interface OpenReferrals {

    boolean anyOpen(SignalId signal);
}
