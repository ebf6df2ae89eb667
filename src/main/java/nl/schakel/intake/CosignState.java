package nl.schakel.intake;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a professional's signal is on route step 1 when their organisation asks the manager to co-sign (seed 001
 * annex 4.2, decision 0034): it waits for the manager, who co-signs it (it then reaches the designated officer) or
 * sends it back with a question; the reporter's answer puts it before the manager again. Each state knows which may
 * follow it, so an illegal move is refused wherever it is attempted.
 */
public enum CosignState {
    WAITING, RETURNED, COSIGNED;

    private static final Map<CosignState, Set<CosignState>> NEXT = Map.of(
            WAITING, EnumSet.of(COSIGNED, RETURNED),
            RETURNED, EnumSet.of(WAITING),
            COSIGNED, EnumSet.noneOf(CosignState.class));

    public boolean mayMoveTo(CosignState next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws CosignMoveRefusedException when step 1 does not allow this move */
    public CosignState moveTo(CosignState next) {
        if (!mayMoveTo(next)) {
            throw new CosignMoveRefusedException(this, next);
        }
        return next;
    }

    /** The manager's turn: co-sign or send back. */
    public boolean awaitsManager() {
        return this == WAITING;
    }

    /** The reporter's turn: answer the manager's question. */
    public boolean awaitsReporter() {
        return this == RETURNED;
    }

    /** Not yet with the designated officer. */
    public boolean isOpen() {
        return this != COSIGNED;
    }
}
