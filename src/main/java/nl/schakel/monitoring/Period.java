package nl.schakel.monitoring;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A period of days, from {@code from} up to and including {@code until}. */
public record Period(LocalDate from, LocalDate until) {

    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    public Period {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The same period one year earlier (N−1). */
    public Period yearBefore() {
        return new Period(from.minusYears(1), until.minusYears(1));
    }

    /** Whether it spans at least a calendar quarter (three months). */
    public boolean atLeastAQuarter() {
        return !until.plusDays(1).isBefore(from.plusMonths(3));
    }

    /** The period's first moment in Dutch time, for SQL over moments ({@code at >= start}). */
    public Timestamp start() {
        return Timestamp.from(from.atStartOfDay(DUTCH).toInstant());
    }

    /** The first moment after the period in Dutch time ({@code at < end}). */
    public Timestamp end() {
        return Timestamp.from(until.plusDays(1).atStartOfDay(DUTCH).toInstant());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }
}
