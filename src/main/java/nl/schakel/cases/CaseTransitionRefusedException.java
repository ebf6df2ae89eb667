package nl.schakel.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A move the state machine of a case, milestone or intervention does not allow (409). Codes only. */
@ResponseStatus(HttpStatus.CONFLICT)
public class CaseTransitionRefusedException extends RuntimeException {

    private final String from;
    private final String to;

    public CaseTransitionRefusedException(String from, String to) {
        super("Move refused: " + from + " -> " + to);
        this.from = from;
        this.to = to;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }
}
