package nl.schakel.care;

/** A trajectory, its consent or its B8 period cannot move from its current state to the one asked for (409). */
public class TrajectoryTransitionRefusedException extends RuntimeException {

    private final String from;
    private final String to;

    public TrajectoryTransitionRefusedException(String from, String to) {
        super("cannot move from " + from + " to " + to);
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
