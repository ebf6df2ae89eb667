package nl.schakel.care;

/** No such trajectory for this person: unknown and not visible look alike (404). */
public class TrajectoryNotFoundException extends RuntimeException {

    public TrajectoryNotFoundException() {
        super("no such trajectory");
    }
}
