package nl.schakel.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a milestone is. Done, missed and cancelled are final. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, MISSED, CANCELLED;

    private static final Map<MilestoneStatus, Set<MilestoneStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(IN_PROGRESS, DONE, MISSED, CANCELLED),
            IN_PROGRESS, EnumSet.of(DONE, MISSED, CANCELLED),
            DONE, EnumSet.noneOf(MilestoneStatus.class),
            MISSED, EnumSet.noneOf(MilestoneStatus.class),
            CANCELLED, EnumSet.noneOf(MilestoneStatus.class));

    public boolean mayMoveTo(MilestoneStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws CaseTransitionRefusedException when this move is not allowed */
    public MilestoneStatus moveTo(MilestoneStatus next) {
        if (!mayMoveTo(next)) {
            throw new CaseTransitionRefusedException(name(), next.name());
        }
        return next;
    }

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
