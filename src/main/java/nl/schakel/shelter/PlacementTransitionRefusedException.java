package nl.schakel.shelter;

/** A placement request cannot move from its current state to the one asked for (409). */
public class PlacementTransitionRefusedException extends RuntimeException {

    private final PlacementStatus from;
    private final PlacementStatus to;

    public PlacementTransitionRefusedException(PlacementStatus from, PlacementStatus to) {
        super("a placement request cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public PlacementStatus from() {
        return from;
    }

    public PlacementStatus to() {
        return to;
    }
}
