package nl.schakel.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The year a report or view is asked for, and the years a person may choose from. */
final class Years {

    private Years() {
    }

    /**
     * @param yearsBack the year shown when none is asked: this year (0) or last year (1)
     * @throws ResponseStatusException 400 for a year in the future or more than 30 years ago
     */
    static int asked(@Nullable Integer asked, int yearsBack, Clock clock) {
        int current = LocalDate.now(clock).getYear();
        if (asked == null) {
            return current - yearsBack;
        }
        if (asked < current - 30 || asked > current) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return asked;
    }

    /** This year and the four before it, newest first. */
    static List<Integer> recent(Clock clock) {
        int current = LocalDate.now(clock).getYear();
        return List.of(current, current - 1, current - 2, current - 3, current - 4);
    }
}
