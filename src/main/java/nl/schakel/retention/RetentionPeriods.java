package nl.schakel.retention;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one source of retention periods: the policy version that governs a record by its source date. An owner shows
 * a record's date from here (a signal's "keep until") instead of keeping periods of its own.
 */
public interface RetentionPeriods {

    /**
     * The day a record of this type and outcome ('' for all) with this source date is due; empty when no version
     * governs it or its policy keeps it. An owner's extension is not included.
     */
    Optional<LocalDate> dueOn(RecordType type, String outcome, LocalDate sourceDate);
}
