package nl.schakel.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where an intervention is: proposed, decided, in effect, and how it ended. */
public enum InterventionStatus {
    PROPOSED, DECIDED, IN_EFFECT, COMPLIED, ENFORCED, ENDED, WITHDRAWN;

    private static final Map<InterventionStatus, Set<InterventionStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(DECIDED, WITHDRAWN),
            DECIDED, EnumSet.of(IN_EFFECT, WITHDRAWN),
            IN_EFFECT, EnumSet.of(COMPLIED, ENFORCED, ENDED, WITHDRAWN),
            COMPLIED, EnumSet.noneOf(InterventionStatus.class),
            ENFORCED, EnumSet.noneOf(InterventionStatus.class),
            ENDED, EnumSet.noneOf(InterventionStatus.class),
            WITHDRAWN, EnumSet.noneOf(InterventionStatus.class));

    public boolean mayMoveTo(InterventionStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws CaseTransitionRefusedException when this move is not allowed */
    public InterventionStatus moveTo(InterventionStatus next) {
        if (!mayMoveTo(next)) {
            throw new CaseTransitionRefusedException(name(), next.name());
        }
        return next;
    }

    /** Decided and not withdrawn: what a partner system takes over as a Besluit. */
    public boolean isDecided() {
        return this != PROPOSED && this != WITHDRAWN;
    }

    public Set<InterventionStatus> next() {
        return NEXT.get(this).isEmpty() ? EnumSet.noneOf(InterventionStatus.class) : EnumSet.copyOf(NEXT.get(this));
    }
}
