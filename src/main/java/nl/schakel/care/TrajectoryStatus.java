package nl.schakel.care;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a victim's trajectory is: REFERRED → INTAKE → ACTIVE → AFTERCARE → CLOSED, with OUT_OF_VIEW as a side state
 * (the victim is out of sight) from which the trajectory returns to where care can pick up again, or closes. Each
 * state knows which may follow it, so an illegal move is refused wherever it is attempted.
 */
public enum TrajectoryStatus {
    REFERRED, INTAKE, ACTIVE, AFTERCARE, CLOSED, OUT_OF_VIEW;

    private static final Map<TrajectoryStatus, Set<TrajectoryStatus>> NEXT = Map.of(
            REFERRED, EnumSet.of(INTAKE, OUT_OF_VIEW, CLOSED),
            INTAKE, EnumSet.of(ACTIVE, OUT_OF_VIEW, CLOSED),
            ACTIVE, EnumSet.of(AFTERCARE, OUT_OF_VIEW, CLOSED),
            AFTERCARE, EnumSet.of(CLOSED, OUT_OF_VIEW),
            OUT_OF_VIEW, EnumSet.of(INTAKE, ACTIVE, CLOSED),
            CLOSED, EnumSet.noneOf(TrajectoryStatus.class));

    public boolean mayMoveTo(TrajectoryStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws TrajectoryTransitionRefusedException when this move is not allowed */
    public TrajectoryStatus moveTo(TrajectoryStatus next) {
        if (!mayMoveTo(next)) {
            throw new TrajectoryTransitionRefusedException(this.name(), next.name());
        }
        return next;
    }

    /** The states this one may move to, for the choices on the page. */
    public Set<TrajectoryStatus> next() {
        return NEXT.get(this).isEmpty() ? EnumSet.noneOf(TrajectoryStatus.class) : EnumSet.copyOf(NEXT.get(this));
    }
}
