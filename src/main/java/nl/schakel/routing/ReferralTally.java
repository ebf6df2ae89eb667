package nl.schakel.routing;

/** Counts of a signal's referrals, for the workbench's buckets; no content. */
public record ReferralTally(int total, int open, int overdue, int feedbackGiven) {

    /** A signal without referrals. */
    public static final ReferralTally NONE = new ReferralTally(0, 0, 0, 0);
}
