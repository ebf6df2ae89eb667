package nl.schakel.intake;

/** A signal cannot move on route step 1 from its current state to the one asked for (e.g. co-sign it twice). */
public class CosignMoveRefusedException extends RuntimeException {

    private final CosignState from;
    private final CosignState to;

    public CosignMoveRefusedException(CosignState from, CosignState to) {
        super("a co-signature cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public CosignState from() {
        return from;
    }

    public CosignState to() {
        return to;
    }
}
