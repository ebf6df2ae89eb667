package nl.schakel.shelter.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.shelter.CapacityFigure;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CareService;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExclusionReason;
import nl.schakel.shelter.ResidenceStatus;
import nl.schakel.shelter.SearchProfile;
import nl.schakel.shelter.SearchResult.Exclusion;
import nl.schakel.shelter.SearchResult.Match;
import nl.schakel.shelter.SearchResult.Rank;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.Target;

/**
 * Decides, without a database, which placement services fit a profile and why the others do not, and ranks the
 * fitting ones: free and current → waitlist → assessment → stale (figures older than 72 hours, or none).
 */
public final class PlacementMatcher {

    private PlacementMatcher() {
    }

    /** The outcome before it is stored: what fits, and what does not with its reasons. */
    public record Outcome(List<Match> matches, List<Exclusion> excluded) {
    }

    public static Outcome match(SearchProfile profile, List<CareService> services,
            Map<UUID, CapacityFigure> capacity, Instant now) {
        List<Match> matches = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        for (CareService service : services) {
            if (!service.kind().isPlacement()) {
                continue;
            }
            CapacityFigure figure = capacity.get(service.id());
            Set<ExclusionReason> reasons = reasons(profile, service, figure, now);
            if (reasons.isEmpty()) {
                Set<ContraIndication> support = EnumSet.noneOf(ContraIndication.class);
                profile.contraIndications().stream().filter(service.withSupport()::contains).forEach(support::add);
                matches.add(new Match(service, figure, rank(figure, now), support));
            } else {
                excluded.add(new Exclusion(service, reasons));
            }
        }
        matches.sort(Comparator.comparing(Match::rank)
                .thenComparing(m -> m.capacity() == null ? 0 : -m.capacity().available())
                .thenComparing(m -> m.service().name()));
        excluded.sort(Comparator.comparing(e -> e.service().name()));
        return new Outcome(List.copyOf(matches), List.copyOf(excluded));
    }

    static Set<ExclusionReason> reasons(SearchProfile profile, CareService service, CapacityFigure figure,
            Instant now) {
        Set<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);
        if (!service.areas().contains(ServiceArea.NATIONAL) && !service.areas().contains(profile.area())) {
            reasons.add(ExclusionReason.AREA);
        }
        if (profile.age() < service.minAge() || profile.age() > service.maxAge()) {
            reasons.add(ExclusionReason.AGE);
        }
        if (!service.sexes().isEmpty() && !service.sexes().contains(profile.sex())) {
            reasons.add(ExclusionReason.SEX);
        }
        if (!service.forms().isEmpty() && !service.forms().contains(profile.form())) {
            reasons.add(ExclusionReason.FORM);
        }
        if (profile.contraIndications().stream()
                .anyMatch(ci -> service.contraIndications().contains(ci) && !service.withSupport().contains(ci))) {
            reasons.add(ExclusionReason.CONTRA_INDICATION);
        }
        if (profile.residenceStatus() == ResidenceStatus.UNDOCUMENTED && !service.acceptsUndocumented()) {
            reasons.add(ExclusionReason.RESIDENCE_STATUS);
        }
        if (profile.unaccompaniedMinor() && !service.acceptsUnaccompaniedMinors()) {
            reasons.add(ExclusionReason.UNACCOMPANIED_MINOR);
        }
        if (service.target() != Target.VICTIM) {
            reasons.add(ExclusionReason.TARGET);
        }
        if (figure != null && figure.freshness(now) != CapacityFigure.Freshness.STALE
                && figure.status() == CapacityStatus.NO_CAPACITY && figure.waitlist() == 0) {
            reasons.add(ExclusionReason.NO_CAPACITY);
        }
        return reasons;
    }

    static Rank rank(CapacityFigure figure, Instant now) {
        if (figure == null || figure.freshness(now) == CapacityFigure.Freshness.STALE) {
            return Rank.STALE;
        }
        if (figure.status() == CapacityStatus.CAPACITY && figure.available() > 0) {
            return Rank.FREE;
        }
        if (figure.status() == CapacityStatus.ASSESSMENT_REQUIRED) {
            return Rank.ASSESSMENT;
        }
        return Rank.WAITLIST;
    }
}
