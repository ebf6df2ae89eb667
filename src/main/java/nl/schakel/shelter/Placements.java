package nl.schakel.shelter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisations;
import nl.schakel.shelter.internal.CapacityStore;
import nl.schakel.shelter.internal.PlacementStore;
import nl.schakel.shelter.internal.PlacementStore.Row;
import nl.schakel.shelter.internal.PlacementSubjects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement requests: the care coordinator asks, the provider accepts or declines, the coordinator places. Placing
 * takes the place with a conditional update in the same transaction, so a place is never given twice. A care
 * provider sees only the requests to its own organisation, a coordinator those of its own.
 */
@Service
public class Placements {

    /** An unanswered request, or an accepted one not placed, expires after this long. */
    public static final Duration EXPIRES_AFTER = Duration.ofDays(3);

    private final PlacementStore store;
    private final CapacityStore capacity;
    private final CareOffer offer;
    private final PlacementSubjects subjects;
    private final Organisations organisations;
    private final Events events;

    Placements(PlacementStore store, CapacityStore capacity, CareOffer offer, PlacementSubjects subjects,
            Organisations organisations, AuditTrail audit, ApplicationEventPublisher publisher, Clock clock) {
        this.store = store;
        this.capacity = capacity;
        this.offer = offer;
        this.subjects = subjects;
        this.organisations = organisations;
        this.events = new Events(audit, publisher, clock);
    }

    /** The audit trail, the publisher and the clock, which every step uses together. */
    private record Events(AuditTrail audit, ApplicationEventPublisher publisher, Clock clock) {
    }

    /** What a coordinator sends with a request; the subject and its role only for the co-location check. */
    public record Request(UUID serviceId, @Nullable UUID trajectoryRef, @Nullable UUID subjectId,
            @Nullable SubjectRole subjectRole) {
    }

    /** The role of the person to place in the registry's terms. */
    public enum SubjectRole {
        VICTIM, PERPETRATOR;

        /** The role that must not be placed alongside: a possible perpetrator for a victim, and the other way. */
        public SubjectRole other() {
            return this == VICTIM ? PERPETRATOR : VICTIM;
        }
    }

    @Transactional
    public UUID request(SchakelUser coordinator, Request request) {
        if (!coordinator.hasRole(Role.CARE_COORDINATOR)) {
            throw new UnknownServiceException();
        }
        subjects.check(coordinator, request.trajectoryRef(), request.subjectId());
        CareService service = offer.inRegion(coordinator.regionId()).stream()
                .filter(s -> s.id().equals(request.serviceId()) && s.kind().isPlacement()).findFirst()
                .orElseThrow(UnknownServiceException::new);
        UUID id = UUID.randomUUID();
        Instant now = events.clock().instant();
        store.insert(id, coordinator.regionId(), service.id(), service.providerOrganisationId(),
                coordinator.organisationId(), coordinator.userId(), request.trajectoryRef(), request.subjectId(),
                request.subjectRole() == null ? null : request.subjectRole().name(),
                request.subjectRole() != null && subjects.coLocated(service.id(), request.subjectId(),
                        request.subjectRole().other().name()), now);
        events.audit().record(AuditEvent.success("PLACEMENT_REQUESTED", "PLACEMENT_REQUEST", id, "CARE_PLACEMENT"));
        events.publisher().publishEvent(new PlacementRequested(id, service.id(), service.providerOrganisationId()));
        return id;
    }

    /** The placement requests of the person's organisation, as provider or as requester; audited as a read. */
    public List<Placement> visibleTo(SchakelUser user) {
        List<Row> rows = user.hasRole(Role.CARE_PROVIDER) ? store.ofProvider(user.organisationId())
                : user.hasRole(Role.CARE_COORDINATOR) ? store.ofRequester(user.organisationId()) : List.of();
        events.audit().record(AuditEvent.success("PLACEMENT_LIST_READ", "ORGANISATION", user.organisationId(),
                "CARE_PLACEMENT"));
        return named(rows);
    }

    /** One placement request, if the person's organisation is one of its sides; audited as a read. */
    public Optional<Placement> find(SchakelUser user, UUID id) {
        Optional<Placement> found = row(user, id).map(r -> named(List.of(r)).get(0));
        found.ifPresent(p -> events.audit().record(AuditEvent.success("PLACEMENT_READ", "PLACEMENT_REQUEST", id,
                "CARE_PLACEMENT")));
        return found;
    }

    /**
     * The placements of a trajectory, as far as this person's organisation is one of their sides (a provider sees
     * only its own placements).
     */
    public List<Placement> forTrajectory(SchakelUser user, UUID trajectoryRef) {
        return named(store.forTrajectory(trajectoryRef, user.organisationId()));
    }

    @Transactional
    public void accept(SchakelUser provider, UUID id) {
        Row row = providerRow(provider, id);
        move(row, PlacementStatus.ACCEPTED, null, provider.userId());
    }

    @Transactional
    public void decline(SchakelUser provider, UUID id, String reason) {
        Row row = providerRow(provider, id);
        move(row, PlacementStatus.DECLINED, reason, provider.userId());
    }

    /**
     * Places the person: takes one free place and moves the request to PLACED in one transaction.
     *
     * @throws PlaceTakenException when the last place was just given to someone else (nothing changes)
     */
    @Transactional
    public void place(SchakelUser coordinator, UUID id) {
        Row row = coordinatorRow(coordinator, id);
        row.status().moveTo(PlacementStatus.PLACED);
        if (!capacity.takePlace(row.serviceId(), coordinator.userId(), events.clock().instant())) {
            throw new PlaceTakenException();
        }
        move(row, PlacementStatus.PLACED, null, coordinator.userId());
        events.publisher().publishEvent(new PlacementMade(row.id(), row.serviceId(), row.providerId(),
                row.requesterId(), row.trajectoryRef()));
    }

    /**
     * The shelter's sealed address, only for the care coordinator whose organisation made this placement, only once
     * it is made; every read is audited.
     */
    public Optional<String> address(SchakelUser coordinator, UUID id) {
        Optional<Row> row = row(coordinator, id).filter(r -> coordinator.hasRole(Role.CARE_COORDINATOR)
                && r.requesterId().equals(coordinator.organisationId()) && r.status() == PlacementStatus.PLACED);
        if (row.isEmpty()) {
            events.audit().record(new AuditEvent("SHELTER_ADDRESS_READ", "PLACEMENT_REQUEST", id.toString(),
                    "CARE_PLACEMENT", nl.schakel.audit.Outcome.DENIED));
            return Optional.empty();
        }
        events.audit().record(AuditEvent.success("SHELTER_ADDRESS_READ", "PLACEMENT_REQUEST", id, "CARE_PLACEMENT"));
        return offer.unsealAddress(row.get().serviceId());
    }

    /** Requests left unanswered, or accepted but not placed, for three days expire. */
    @Scheduled(fixedDelayString = "${schakel.shelter.expiry-interval:PT1H}", initialDelayString = "PT2M")
    @Transactional
    public int expire() {
        Instant before = events.clock().instant().minus(EXPIRES_AFTER);
        int expired = 0;
        for (Row row : store.openSince(before)) {
            row.status().moveTo(PlacementStatus.EXPIRED);
            Instant now = events.clock().instant();
            if (store.move(row.id(), row.status(), PlacementStatus.EXPIRED, null, now)) {
                store.recordEvent(row.id(), PlacementStatus.EXPIRED, null, now);
                events.audit().record(AuditEvent.success("PLACEMENT_EXPIRED",
                        "PLACEMENT_REQUEST", row.id(), "CARE_PLACEMENT"), Optional.empty());
                expired++;
            }
        }
        return expired;
    }

    private void move(Row row, PlacementStatus to, @Nullable String reason, UUID actor) {
        row.status().moveTo(to);
        Instant now = events.clock().instant();
        if (!store.move(row.id(), row.status(), to, reason, now)) {
            throw new PlacementTransitionRefusedException(row.status(), to);
        }
        store.recordEvent(row.id(), to, actor, now);
        events.audit().record(AuditEvent.success("PLACEMENT_" + to.name(), "PLACEMENT_REQUEST", row.id(),
                "CARE_PLACEMENT"));
    }

    private Optional<Row> row(SchakelUser user, UUID id) {
        return store.findFor(id, user.organisationId());
    }

    private Row providerRow(SchakelUser provider, UUID id) {
        return row(provider, id).filter(r -> provider.hasRole(Role.CARE_PROVIDER)
                && r.providerId().equals(provider.organisationId())).orElseThrow(UnknownServiceException::new);
    }

    private Row coordinatorRow(SchakelUser coordinator, UUID id) {
        return row(coordinator, id).filter(r -> coordinator.hasRole(Role.CARE_COORDINATOR)
                && r.requesterId().equals(coordinator.organisationId())).orElseThrow(UnknownServiceException::new);
    }

    private List<Placement> named(List<Row> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.providerId());
            ids.add(r.requesterId());
        });
        Map<UUID, String> names = organisations.namesOf(ids);
        return rows.stream().map(r -> new Placement(r.id(), r.serviceId(), r.serviceName(), r.providerId(),
                names.getOrDefault(r.providerId(), ""), r.requesterId(), names.getOrDefault(r.requesterId(), ""),
                r.status(), r.declineReason(), r.trajectoryRef(), r.coLocationWarning(), r.createdAt(),
                r.updatedAt())).toList();
    }
}
