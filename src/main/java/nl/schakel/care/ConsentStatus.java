package nl.schakel.care;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The CoMensha registration consent: NOT_ASKED → ASKED → GIVEN or REFUSED; GIVEN → REGISTERED. Who may sign is
 * {@link ConsentSigner#requiredFor(Integer)}.
 */
public enum ConsentStatus {
    NOT_ASKED, ASKED, GIVEN, REFUSED, REGISTERED;

    private static final Map<ConsentStatus, Set<ConsentStatus>> NEXT = Map.of(
            NOT_ASKED, EnumSet.of(ASKED),
            ASKED, EnumSet.of(GIVEN, REFUSED),
            GIVEN, EnumSet.of(REGISTERED),
            REFUSED, EnumSet.noneOf(ConsentStatus.class),
            REGISTERED, EnumSet.noneOf(ConsentStatus.class));

    public boolean mayMoveTo(ConsentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws TrajectoryTransitionRefusedException when this move is not allowed */
    public ConsentStatus moveTo(ConsentStatus next) {
        if (!mayMoveTo(next)) {
            throw new TrajectoryTransitionRefusedException("CONSENT_" + name(), "CONSENT_" + next.name());
        }
        return next;
    }

    /** Whether the answer (given or refused) needs a signature. */
    public boolean isAnswer() {
        return this == GIVEN || this == REFUSED;
    }

    public Set<ConsentStatus> next() {
        return NEXT.get(this).isEmpty() ? EnumSet.noneOf(ConsentStatus.class) : EnumSet.copyOf(NEXT.get(this));
    }
}
