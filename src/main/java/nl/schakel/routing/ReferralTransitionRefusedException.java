package nl.schakel.routing;

/** A referral cannot move from its current state to the one asked for (e.g. accept after a decline). */
public class ReferralTransitionRefusedException extends RuntimeException {

    private final ReferralStatus from;
    private final ReferralStatus to;

    public ReferralTransitionRefusedException(ReferralStatus from, ReferralStatus to) {
        super("a referral cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }
}
