package nl.schakel.signal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a signal is on the internal reporting route (domain §4). Each state knows which states may
 * follow it, so an illegal move is refused wherever it is attempted.
 */
public enum SignalStatus {
    RECEIVED, IN_TRIAGE, ENRICHED, ASSESSED, ROUTED, FEEDBACK_RECEIVED, REPORTER_INFORMED, CLOSED,
    MERGED_INTO_CASE, WITHDRAWN;

    // Referrals can start from triage on (acute signals skip assessment), a new referral can follow
    // feedback or a message to the reporter (re-routing), and a signal can be closed from any working state.
    private static final Map<SignalStatus, Set<SignalStatus>> NEXT = Map.of(
            RECEIVED, EnumSet.of(IN_TRIAGE, WITHDRAWN, MERGED_INTO_CASE),
            IN_TRIAGE, EnumSet.of(ENRICHED, ASSESSED, ROUTED, WITHDRAWN, MERGED_INTO_CASE, CLOSED),
            ENRICHED, EnumSet.of(ASSESSED, ROUTED, WITHDRAWN, MERGED_INTO_CASE, CLOSED),
            ASSESSED, EnumSet.of(ROUTED, REPORTER_INFORMED, WITHDRAWN, MERGED_INTO_CASE, CLOSED),
            ROUTED, EnumSet.of(FEEDBACK_RECEIVED, REPORTER_INFORMED, MERGED_INTO_CASE, CLOSED),
            FEEDBACK_RECEIVED, EnumSet.of(ROUTED, REPORTER_INFORMED, MERGED_INTO_CASE, CLOSED),
            REPORTER_INFORMED, EnumSet.of(ROUTED, FEEDBACK_RECEIVED, CLOSED, MERGED_INTO_CASE),
            CLOSED, EnumSet.noneOf(SignalStatus.class),
            MERGED_INTO_CASE, EnumSet.noneOf(SignalStatus.class),
            WITHDRAWN, EnumSet.noneOf(SignalStatus.class));

    /** Whether the signal has left the route (closed, merged or withdrawn). */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    public boolean mayMoveTo(SignalStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws IllegalSignalTransition when the route does not allow this move */
    public SignalStatus moveTo(SignalStatus next) {
        if (!mayMoveTo(next)) {
            throw new IllegalSignalTransition(this, next);
        }
        return next;
    }
}
