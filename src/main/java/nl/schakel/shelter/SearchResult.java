package nl.schakel.shelter;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a placement search: the services that fit, ranked free and current → waitlist → stale, and every
 * other placement service with the reasons it does not fit. Never a shelter's address.
 */
public record SearchResult(List<Match> matches, List<Exclusion> excluded, boolean unmetNeedRecorded) implements java.io.Serializable {

    /** How a fitting service ranks: lower first. */
    public enum Rank {
        FREE, WAITLIST, ASSESSMENT, STALE
    }

    /** A service that fits, with its figures (null when its provider never reported any). */
    public record Match(CareService service, @Nullable CapacityFigure capacity, Rank rank,
            Set<ContraIndication> needsSupport) implements java.io.Serializable {
    }

    /** A service that does not fit, with each reason. */
    public record Exclusion(CareService service, Set<ExclusionReason> reasons) implements java.io.Serializable {
    }
}
