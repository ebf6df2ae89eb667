package nl.schakel.shelter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.shelter.internal.PlacementMatcher;
import nl.schakel.shelter.internal.UnmetNeedStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement search by profile for the care coordinator: what fits, ranked, and why everything else does not. A
 * search that finds nothing suitable is stored as an unmet need, without identity.
 */
@Service
public class PlacementSearch {

    private final CareOffer offer;
    private final CapacityBoard board;
    private final UnmetNeedStore unmet;
    private final AuditTrail audit;
    private final Clock clock;

    PlacementSearch(CareOffer offer, CapacityBoard board, UnmetNeedStore unmet, AuditTrail audit, Clock clock) {
        this.offer = offer;
        this.board = board;
        this.unmet = unmet;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SearchResult search(SchakelUser coordinator, SearchProfile profile) {
        if (!coordinator.hasRole(Role.CARE_COORDINATOR)) {
            throw new UnknownServiceException();
        }
        List<CareService> services = offer.inRegion(coordinator.regionId());
        PlacementMatcher.Outcome outcome = PlacementMatcher.match(profile, services,
                board.figures(services.stream().map(CareService::id).toList()), clock.instant());
        boolean nothing = outcome.matches().isEmpty();
        if (nothing) {
            unmet.record(coordinator.regionId(), profile, LocalDate.now(clock));
        }
        audit.record(AuditEvent.success("PLACEMENT_SEARCH", "REGION", coordinator.regionId(), "CARE_PLACEMENT"));
        return new SearchResult(outcome.matches(), outcome.excluded(), nothing);
    }

    /** Unmet needs of the person's region, counted per profile. */
    public List<UnmetNeed> unmetNeeds(UUID regionId) {
        return unmet.counts(regionId);
    }
}
