package nl.schakel.shelter;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a placement request is. Each state knows which may follow it, so an illegal move is refused wherever it is
 * attempted (as {@code routing.ReferralStatus} does for referrals).
 */
public enum PlacementStatus {
    REQUESTED, ACCEPTED, DECLINED, EXPIRED, PLACED;

    private static final Map<PlacementStatus, Set<PlacementStatus>> NEXT = Map.of(
            REQUESTED, EnumSet.of(ACCEPTED, DECLINED, EXPIRED),
            ACCEPTED, EnumSet.of(PLACED, EXPIRED),
            DECLINED, EnumSet.noneOf(PlacementStatus.class),
            EXPIRED, EnumSet.noneOf(PlacementStatus.class),
            PLACED, EnumSet.noneOf(PlacementStatus.class));

    public boolean mayMoveTo(PlacementStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws PlacementTransitionRefusedException when this move is not allowed */
    public PlacementStatus moveTo(PlacementStatus next) {
        if (!mayMoveTo(next)) {
            throw new PlacementTransitionRefusedException(this, next);
        }
        return next;
    }

    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
