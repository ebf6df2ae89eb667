package nl.schakel.care;

import java.util.List;

/**
 * The placements of a trajectory (port): implemented by the module that places victims in shelter. Until one is
 * wired, {@link nl.schakel.care.internal.NoPlacements} answers that there are none.
 */
public interface TrajectoryPlacements {

    List<PlacementLine> of(TrajectoryId trajectory);
}
