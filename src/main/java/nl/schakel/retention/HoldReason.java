package nl.schakel.retention;

/** Why a record that is due is kept for now; a held record is skipped and reported with its reason. */
public enum HoldReason {
    OPEN_CASE, PENDING_OBJECTION, OPEN_REFERRAL, AUTHORITY_REQUEST, RECENT_ACTIVITY,
    /** A registry subject still named by a signal that is kept. */
    LIVE_LINK,
    /** A registry person in a victim's care trajectory that is not closed. */
    OPEN_TRAJECTORY;

    /** Activity this recent holds a record (GlobaLeaks #3591). */
    public static final int RECENT_ACTIVITY_DAYS = 30;

    /** The moment from which activity counts as recent on this day. */
    public static java.time.OffsetDateTime recentSince(java.time.LocalDate today, java.time.ZoneId zone) {
        return today.minusDays(RECENT_ACTIVITY_DAYS).atStartOfDay(zone).toOffsetDateTime();
    }

    /** The owner's verdict from the number of its entries since {@link #recentSince}: held when there is any. */
    public static java.util.Optional<HoldReason> ifRecent(int recentEntries) {
        return recentEntries > 0 ? java.util.Optional.of(RECENT_ACTIVITY) : java.util.Optional.empty();
    }
}
