package nl.schakel.care;

import java.util.Map;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.care.TrajectoryView.Viewer;
import nl.schakel.care.internal.TrajectoryStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a placement request: which trajectories and registry persons a care coordinator may name, namely those of the
 * trajectories their organisation leads (decided in SQL). Others may name none. Every read is audited.
 */
@Service
public class TrajectorySubjects {

    private final TrajectoryStore store;
    private final AuditTrail audit;

    TrajectorySubjects(TrajectoryStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Subject id to the person label the coordinator gave, for the open trajectories their organisation leads. */
    @Transactional(readOnly = true)
    public Map<UUID, String> ledBy(SchakelUser coordinator) {
        if (Trajectories.viewerOf(coordinator) != Viewer.LEAD) {
            audit.record(new AuditEvent("TRAJECTORY_SUBJECTS_LISTED", "ORGANISATION",
                    coordinator.organisationId().toString(), Trajectories.PURPOSE, Outcome.DENIED));
            return Map.of();
        }
        audit.record(AuditEvent.success("TRAJECTORY_SUBJECTS_LISTED", "ORGANISATION", coordinator.organisationId(),
                Trajectories.PURPOSE));
        return store.subjectsForLead(coordinator.organisationId());
    }

    /** Whether the coordinator's organisation leads this trajectory. */
    @Transactional(readOnly = true)
    public boolean leads(SchakelUser coordinator, TrajectoryId id) {
        return Trajectories.viewerOf(coordinator) == Viewer.LEAD
                && store.forLead(id, coordinator.organisationId()).isPresent();
    }
}
