package nl.schakel.handling;

import nl.schakel.signal.SignalStatus;

/** How a signal ended; merged and withdrawn are the route's side exits. Each has its own retention period. */
public enum ClosingOutcome {
    HANDED_OVER(SignalStatus.CLOSED),
    NO_TRAFFICKING(SignalStatus.CLOSED),
    INSUFFICIENT_INFORMATION(SignalStatus.CLOSED),
    MERGED(SignalStatus.MERGED_INTO_CASE),
    WITHDRAWN(SignalStatus.WITHDRAWN);

    private final SignalStatus status;

    ClosingOutcome(SignalStatus status) {
        this.status = status;
    }

    /** The state the signal ends in. */
    public SignalStatus status() {
        return status;
    }

    /** A side exit does not need the reporter to have been told first (nothing was decided yet). */
    public boolean isSideExit() {
        return status != SignalStatus.CLOSED;
    }
}
