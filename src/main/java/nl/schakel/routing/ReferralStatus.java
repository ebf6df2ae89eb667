package nl.schakel.routing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral is (route step 5). Each state knows which may follow it, so an illegal move is refused
 * wherever it is attempted.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, IN_PROGRESS, FEEDBACK_GIVEN, CLOSED, REVOKED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            SENT, EnumSet.of(ACCEPTED, DECLINED, REVOKED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, FEEDBACK_GIVEN, REVOKED),
            IN_PROGRESS, EnumSet.of(FEEDBACK_GIVEN, REVOKED),
            // More feedback may follow the first; completing (afronden) is a step of its own.
            FEEDBACK_GIVEN, EnumSet.of(FEEDBACK_GIVEN, CLOSED),
            DECLINED, EnumSet.noneOf(ReferralStatus.class),
            CLOSED, EnumSet.noneOf(ReferralStatus.class),
            REVOKED, EnumSet.noneOf(ReferralStatus.class));

    private static final Set<ReferralStatus> OPEN = EnumSet.of(SENT, ACCEPTED, IN_PROGRESS);

    public boolean mayMoveTo(ReferralStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws ReferralTransitionRefusedException when this move is not allowed */
    public ReferralStatus moveTo(ReferralStatus next) {
        if (!mayMoveTo(next)) {
            throw new ReferralTransitionRefusedException(this, next);
        }
        return next;
    }

    /** Waiting for the partner. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /**
     * The partner may still act: answer, give (more) feedback or complete it. Only then do they see what was
     * shared (need to know).
     */
    public boolean withPartner() {
        return isOpen() || this == FEEDBACK_GIVEN;
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
