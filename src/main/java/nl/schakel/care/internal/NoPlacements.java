package nl.schakel.care.internal;

import java.util.List;

import nl.schakel.care.PlacementLine;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryPlacements;
import org.springframework.stereotype.Component;

/**
 * The default {@link TrajectoryPlacements}: none. The care module asks every implementation and joins their answers,
 * so the shelter module's implementation (wired at merge) adds its placements without replacing this bean.
 */
@Component
public class NoPlacements implements TrajectoryPlacements {

    @Override
    public List<PlacementLine> of(TrajectoryId trajectory) {
        return List.of();
    }
}
