package nl.schakel.routing;

/** The referral or signal does not exist for the caller: not theirs to see. Controllers answer 404. */
public class ReferralNotFoundException extends RuntimeException {

    public ReferralNotFoundException() {
        super("no such referral or signal for this caller");
    }
}
