package nl.schakel.shelter.internal;

import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectorySubjects;
import nl.schakel.shelter.UnknownServiceException;
import nl.schakel.stacking.SubjectConnections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The trajectory and the registry person a placement request names: only those of trajectories the coordinator's
 * organisation leads (care's {@link TrajectorySubjects}); and the co-location check on that person.
 */
@Component
public class PlacementSubjects {

    private final PlacementStore store;
    private final SubjectConnections connections;
    private final TrajectorySubjects trajectories;

    PlacementSubjects(PlacementStore store, SubjectConnections connections, TrajectorySubjects trajectories) {
        this.store = store;
        this.connections = connections;
        this.trajectories = trajectories;
    }

    /** @throws UnknownServiceException when the coordinator does not lead the trajectory or the person's trajectory */
    public void check(SchakelUser coordinator, @Nullable UUID trajectoryRef, @Nullable UUID subjectId) {
        if (trajectoryRef != null && !trajectories.leads(coordinator, new TrajectoryId(trajectoryRef))) {
            throw new UnknownServiceException();
        }
        if (subjectId != null && !trajectories.ledBy(coordinator).containsKey(subjectId)) {
            throw new UnknownServiceException();
        }
    }

    /**
     * Co-location: someone linked to this person (mentioned in one signal with them) is placed at the service in the
     * opposite role, a possible perpetrator where a possible victim goes, or the other way round. The coordinator is
     * warned; the placement is not refused.
     */
    public boolean coLocated(UUID serviceId, @Nullable UUID subjectId, String oppositeRole) {
        if (subjectId == null) {
            return false;
        }
        Set<UUID> linked = connections.linkedTo(subjectId);
        return store.placedSubjects(serviceId, oppositeRole).stream().anyMatch(linked::contains);
    }
}
