package nl.schakel.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What one policy version asks of an owning module: records of its type (and outcome, '' for all) whose source date,
 * by its rule, falls in {@code [sourceFrom, sourceBefore)} — the days this version governs — and on or before the
 * cutoff.
 */
public record PolicyRule(RecordType type, String outcome, SourceDateRule rule, LocalDate sourceFrom,
        @Nullable LocalDate sourceBefore) {

    /** The last source date that is due on the cutoff (inclusive), within this version's days. */
    public LocalDate lastSourceDate(LocalDate cutoff) {
        LocalDate last = sourceBefore == null ? cutoff : sourceBefore.minusDays(1);
        return cutoff.isBefore(last) ? cutoff : last;
    }

    /** The first moment of this version's days, for an owner's query ({@code source >= from}). */
    public OffsetDateTime from(ZoneId zone) {
        return sourceFrom.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The moment after the last due source date, for an owner's query ({@code source < before}). */
    public static OffsetDateTime before(LocalDate lastSourceDate, ZoneId zone) {
        return lastSourceDate.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
