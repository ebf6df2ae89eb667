package nl.schakel.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case is: proposed until the lead accepts, active, aftercare, closed with an outcome; a closed case can be
 * reopened. Each state knows which may follow it, so an illegal move is refused wherever it is attempted.
 */
public enum CaseStatus {
    PROPOSED, ACTIVE, AFTERCARE, CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(ACTIVE, CLOSED),
            ACTIVE, EnumSet.of(AFTERCARE, CLOSED),
            AFTERCARE, EnumSet.of(ACTIVE, CLOSED),
            CLOSED, EnumSet.of(ACTIVE));

    public boolean mayMoveTo(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws CaseTransitionRefusedException when this move is not allowed */
    public CaseStatus moveTo(CaseStatus next) {
        if (!mayMoveTo(next)) {
            throw new CaseTransitionRefusedException(name(), next.name());
        }
        return next;
    }

    /** The moves a person can make from here, in the order a page offers them. */
    public Set<CaseStatus> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }
}
