package nl.schakel.care;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The B8 reflection period of a victim without legal residence: three calendar months from its start (java.time's
 * {@code plusMonths}: 2025-11-20 ends 2026-02-20; 30 November ends 28 or 29 February).
 *
 * @param placementId the shelter placement it is linked to, when there is one
 */
public record B8Period(LocalDate start, LocalDate end, B8Decision decision, @Nullable UUID placementId) {

    public static final int MONTHS = 3;

    public static LocalDate endOf(LocalDate start) {
        return start.plusMonths(MONTHS);
    }

    public static B8Period starting(LocalDate start, @Nullable UUID placementId) {
        return new B8Period(start, endOf(start), B8Decision.PENDING, placementId);
    }
}
