package nl.schakel.care;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.ApiClient;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.care.TrajectoryView.Viewer;
import nl.schakel.care.internal.B8Store;
import nl.schakel.care.internal.NonPunishmentStore;
import nl.schakel.care.internal.TrajectoryRow;
import nl.schakel.care.internal.TrajectoryStore;
import nl.schakel.organisations.Organisations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads trajectories, each person seeing only what their role may (decision 0023): the lead care coordinator the
 * whole trajectory, a care provider its own placements, the police the B8 dates and decision, the designated officer
 * of the responsible municipality the status. Everyone else finds nothing. Every read is audited.
 */
@Service
public class Trajectories {

    static final String PURPOSE = "CARE";

    private final TrajectoryStore store;
    private final B8Store b8;
    private final NonPunishmentStore flags;
    private final List<TrajectoryPlacements> placements;
    private final Organisations organisations;
    private final UserDirectory users;
    private final AuditTrail audit;

    Trajectories(TrajectoryStore store, B8Store b8, NonPunishmentStore flags, List<TrajectoryPlacements> placements,
            Organisations organisations, UserDirectory users, AuditTrail audit) {
        this.store = store;
        this.b8 = b8;
        this.flags = flags;
        this.placements = placements;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
    }

    /** In which capacity this person may look at trajectories at all; null: not at all. */
    public static @Nullable Viewer viewerOf(SchakelUser user) {
        if (user.hasRole(Role.CARE_COORDINATOR)) {
            return Viewer.LEAD;
        }
        if (user.hasRole(Role.POLICE)) {
            return Viewer.POLICE;
        }
        if (user.hasRole(Role.DESIGNATED_OFFICER)) {
            return Viewer.DESIGNATED_OFFICER;
        }
        if (user.hasRole(Role.CARE_PROVIDER)) {
            return Viewer.CARE_PROVIDER;
        }
        return null;
    }

    /** The trajectories this person may see, with only what they may see of each. */
    @Transactional(readOnly = true)
    public List<TrajectoryLine> list(SchakelUser user) {
        Viewer viewer = viewerOf(user);
        List<TrajectoryLine> lines = viewer == null ? List.of() : switch (viewer) {
            case LEAD -> store.listForLead(user.organisationId());
            case POLICE -> store.listB8ForRegion(user.regionId());
            case DESIGNATED_OFFICER -> store.listForMunicipality(user.organisationId());
            case CARE_PROVIDER -> store.idsInRegion(user.regionId()).stream()
                    .filter(id -> !ownPlacements(id, user.organisationId()).isEmpty())
                    .map(id -> new TrajectoryLine(id, null, null, null, null)).toList();
        };
        audit.record(new AuditEvent("TRAJECTORIES_LISTED", "ORGANISATION", user.organisationId().toString(), PURPOSE,
                viewer == null ? Outcome.DENIED : Outcome.SUCCESS));
        return lines;
    }

    /** One trajectory as this person may see it. @throws TrajectoryNotFoundException when they may see nothing */
    @Transactional(readOnly = true)
    public TrajectoryView view(SchakelUser user, TrajectoryId id) {
        Viewer viewer = viewerOf(user);
        TrajectoryView view = viewer == null ? null : switch (viewer) {
            case LEAD -> store.forLead(id, user.organisationId()).map(this::whole).orElse(null);
            case POLICE -> b8.find(id).filter(p -> store.existsInRegion(id, user.regionId()))
                    .map(p -> new TrajectoryView(id, viewer, null, null, p, List.of(), null)).orElse(null);
            case DESIGNATED_OFFICER -> store.statusForMunicipality(id, user.organisationId())
                    .map(s -> new TrajectoryView(id, viewer, s, null, null, List.of(), null)).orElse(null);
            case CARE_PROVIDER -> providerView(id, user);
        };
        if (view == null) {
            audit.record(new AuditEvent("TRAJECTORY_VIEWED", "TRAJECTORY", id.toString(), PURPOSE, Outcome.DENIED));
            throw new TrajectoryNotFoundException();
        }
        audit.record(AuditEvent.success("TRAJECTORY_VIEWED", "TRAJECTORY", id, PURPOSE));
        return view;
    }

    /** A partner system's view: the trajectories its organisation leads, whole. */
    @Transactional(readOnly = true)
    public List<TrajectoryLine> list(ApiClient client) {
        audit.record(AuditEvent.success("TRAJECTORIES_LISTED", "ORGANISATION", client.organisationId(), PURPOSE));
        return store.listForLead(client.organisationId());
    }

    /** One trajectory the partner system's organisation leads. @throws TrajectoryNotFoundException otherwise */
    @Transactional(readOnly = true)
    public TrajectoryView view(ApiClient client, TrajectoryId id) {
        TrajectoryView view = store.forLead(id, client.organisationId()).map(this::whole).orElse(null);
        if (view == null) {
            audit.record(new AuditEvent("TRAJECTORY_VIEWED", "TRAJECTORY", id.toString(), PURPOSE, Outcome.DENIED));
            throw new TrajectoryNotFoundException();
        }
        audit.record(AuditEvent.success("TRAJECTORY_VIEWED", "TRAJECTORY", id, PURPOSE));
        return view;
    }

    /** The whole row, for the lead organisation's own work (no audit: the caller records what it does). */
    TrajectoryRow lead(SchakelUser coordinator, TrajectoryId id) {
        if (viewerOf(coordinator) != Viewer.LEAD) {
            throw new TrajectoryNotFoundException();
        }
        return store.forLead(id, coordinator.organisationId()).orElseThrow(TrajectoryNotFoundException::new);
    }

    private @Nullable TrajectoryView providerView(TrajectoryId id, SchakelUser user) {
        if (!store.existsInRegion(id, user.regionId())) {
            return null;
        }
        List<PlacementLine> own = ownPlacements(id, user.organisationId());
        return own.isEmpty() ? null : new TrajectoryView(id, Viewer.CARE_PROVIDER, null, null, null, own, null);
    }

    private List<PlacementLine> ownPlacements(TrajectoryId id, UUID organisationId) {
        return allPlacements(id).stream().filter(p -> p.providerOrganisationId().equals(organisationId)).toList();
    }

    private List<PlacementLine> allPlacements(TrajectoryId id) {
        return placements.stream().flatMap(p -> p.of(id).stream()).toList();
    }

    private TrajectoryView whole(TrajectoryRow row) {
        Map<UUID, String> names = organisations.namesOf(Set.of(row.leadOrganisationId(), row.municipalityId()));
        String lead = users.displayNames(List.of(row.leadUserId())).getOrDefault(row.leadUserId(), "");
        TrajectoryCare care = new TrajectoryCare(row.personLabel(), row.subjectId(), row.caseId(), lead,
                names.getOrDefault(row.leadOrganisationId(), ""), names.getOrDefault(row.municipalityId(), ""),
                row.municipalityReason(), row.age(), row.residenceStatus(), row.unaccompaniedMinor(),
                row.exploitationForms(), row.needs(), row.consent(), row.consentSigner());
        return new TrajectoryView(row.id(), Viewer.LEAD, row.status(), care, b8.find(row.id()).orElse(null),
                allPlacements(row.id()), flags.find(row.id()).orElse(null));
    }
}
