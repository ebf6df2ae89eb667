package nl.schakel.care;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A trajectory as one viewer may see it; what they may not see is null or empty (decided in SQL, decision 0023).
 *
 * @param care the care content: only for the lead care coordinator
 * @param b8 the B8 period: for the lead care coordinator and the police
 * @param placements all placements for the lead, the provider's own for a care provider
 * @param nonPunishment only for the lead care coordinator (the police see it as a banner on their referrals)
 */
public record TrajectoryView(TrajectoryId id, Viewer viewer, @Nullable TrajectoryStatus status,
        @Nullable TrajectoryCare care, @Nullable B8Period b8, List<PlacementLine> placements,
        @Nullable NonPunishment nonPunishment) {

    /** In which capacity the person looks. */
    public enum Viewer {
        LEAD, POLICE, DESIGNATED_OFFICER, CARE_PROVIDER
    }
}
