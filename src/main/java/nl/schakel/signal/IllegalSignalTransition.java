package nl.schakel.signal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A move the reporting route does not allow from where the signal is now, or a move another person made
 * first. Carries statuses only, never the signal's content. Reaches a person as 409 Conflict.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalSignalTransition extends IllegalStateException {

    private final SignalStatus from;
    private final SignalStatus to;

    public IllegalSignalTransition(SignalStatus from, SignalStatus to) {
        super("a signal cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public SignalStatus from() {
        return from;
    }

    public SignalStatus to() {
        return to;
    }
}
