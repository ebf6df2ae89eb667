package nl.schakel.meetings;

import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.model.Recur;

/** The dates of a series, from its RFC 5545 recurrence rule, computed by ical4j (no date arithmetic of our own). */
public final class Cadence {

    private Cadence() {
    }

    /**
     * The dates on which a series starting on {@code start} meets, from {@code from} up to and including
     * {@code until}.
     *
     * @throws IllegalArgumentException when the rule is not a valid RRULE
     */
    public static List<LocalDate> dates(String rrule, LocalDate start, LocalDate from, LocalDate until) {
        Recur<LocalDate> recur = new Recur<>(rrule);
        LocalDate periodStart = from.isBefore(start) ? start : from;
        if (until.isBefore(periodStart)) {
            return List.of();
        }
        return recur.getDates(start, periodStart, until.plusDays(1)).stream()
                .filter(date -> !date.isBefore(periodStart) && !date.isAfter(until))
                .sorted()
                .toList();
    }
}
