package nl.schakel.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.SubRegion;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboard's filters as they stand in the URL: period ({@code van}, {@code tot}), municipality
 * ({@code gemeente}) and sub-region ({@code deelregio}). Without a period: this year up to today.
 */
record FigureFilter(@Nullable LocalDate van, @Nullable LocalDate tot, @Nullable UUID gemeente,
        @Nullable SubRegion deelregio) {

    Period period(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = van != null ? van : today.withDayOfYear(1);
        LocalDate until = tot != null ? tot : today;
        if (until.isBefore(from) || from.isBefore(today.minusYears(50))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return new Period(from, until);
    }
}
