package nl.schakel.care;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The notices of a B8 period: 14 and 7 days before its end, and the alert "verlopen zonder besluit" the day after its
 * end when no decision was recorded. Each is sent at most once per period.
 */
public enum B8Notice {
    DAYS_14_BEFORE_END, DAYS_7_BEFORE_END, EXPIRED_UNDECIDED;

    /** The first day on which this notice is due for a period ending on {@code end}. */
    public LocalDate dueOn(LocalDate end) {
        return switch (this) {
            case DAYS_14_BEFORE_END -> end.minusDays(14);
            case DAYS_7_BEFORE_END -> end.minusDays(7);
            case EXPIRED_UNDECIDED -> end.plusDays(1);
        };
    }

    /**
     * The one notice to send on {@code today} for this period, if any: the latest that is due and still means
     * something (no "14 days" notice once the 7-day one is due, no pre-end notice once the end has passed, no alert
     * when decided).
     */
    public static Optional<B8Notice> dueOn(B8Period period, LocalDate today) {
        if (period.decision().decided()) {
            return Optional.empty();
        }
        if (!today.isBefore(EXPIRED_UNDECIDED.dueOn(period.end()))) {
            return Optional.of(EXPIRED_UNDECIDED);
        }
        if (today.isAfter(period.end())) {
            return Optional.empty();
        }
        if (!today.isBefore(DAYS_7_BEFORE_END.dueOn(period.end()))) {
            return Optional.of(DAYS_7_BEFORE_END);
        }
        if (!today.isBefore(DAYS_14_BEFORE_END.dueOn(period.end()))) {
            return Optional.of(DAYS_14_BEFORE_END);
        }
        return Optional.empty();
    }
}
