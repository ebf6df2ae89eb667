package nl.schakel.shelter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.shelter.internal.CapacityStore;
import nl.schakel.shelter.internal.CapacityStore.HistoryLine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shelter capacity board: providers keep their figures current, the coordinator reads them all. A figure older
 * than a day is "niet actueel" and its provider is reminded once ({@link CapacityNotCurrent}); older than three days
 * it is greyed out in searches.
 */
@Service
public class CapacityBoard {

    private final CareOffer offer;
    private final CapacityStore capacity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CapacityBoard(CareOffer offer, CapacityStore capacity, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.offer = offer;
        this.capacity = capacity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One line of the board. */
    public record Line(CareService service, @Nullable CapacityFigure figure, CapacityFigure.@Nullable Freshness freshness) {
    }

    /** The placement services the person may see, with their figures. */
    public List<Line> board(SchakelUser user) {
        return lines(offer.visibleTo(user));
    }

    public List<Line> lines(List<CareService> services) {
        List<CareService> placements = services.stream().filter(s -> s.kind().isPlacement()).toList();
        Map<UUID, CapacityFigure> figures = capacity.of(placements.stream().map(CareService::id).toList());
        Instant now = clock.instant();
        return placements.stream().map(s -> {
            CapacityFigure figure = figures.get(s.id());
            return new Line(s, figure, figure == null ? null : figure.freshness(now));
        }).toList();
    }

    public Map<UUID, CapacityFigure> figures(List<UUID> serviceIds) {
        return capacity.of(serviceIds);
    }

    public List<HistoryLine> history(SchakelUser user, UUID serviceId) {
        boolean visible = offer.visibleTo(user).stream().anyMatch(s -> s.id().equals(serviceId));
        if (!visible) {
            throw new UnknownServiceException();
        }
        return capacity.history(serviceId);
    }

    /**
     * A provider reports the figures of one of its own services.
     *
     * @throws UnknownServiceException when it is not one of theirs
     */
    @Transactional
    public void report(SchakelUser provider, UUID serviceId, CapacityUpdate update) {
        if (offer.own(provider, serviceId).isEmpty()) {
            throw new UnknownServiceException();
        }
        reportAsProvider(serviceId, update, provider.userId());
    }

    /** For the partner API (the token's organisation is checked by the caller) and the demo. */
    @Transactional
    public void reportAsProvider(UUID serviceId, CapacityUpdate update, @Nullable UUID by) {
        capacity.report(serviceId, update, by, clock.instant());
        audit.record(AuditEvent.success("CAPACITY_REPORTED", "CARE_SERVICE", serviceId, "CARE_OFFER"));
    }

    /** Reminds each provider once per service whose figures have not been updated for a day. */
    @Scheduled(fixedDelayString = "${schakel.shelter.reminder-interval:PT15M}", initialDelayString = "PT1M")
    @Transactional
    public int remindNotCurrent() {
        Instant now = clock.instant();
        List<UUID> due = capacity.remindNotCurrent(now.minus(CapacityFigure.NOT_CURRENT_AFTER), now);
        for (UUID serviceId : due) {
            offer.providerOf(serviceId).ifPresent(provider -> events.publishEvent(new CapacityNotCurrent(serviceId, provider)));
        }
        return due.size();
    }
}
