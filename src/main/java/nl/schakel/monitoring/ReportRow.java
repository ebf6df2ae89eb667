package nl.schakel.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * One row a contributing module adds to a {@link ReportTable}: a code, the message key of its label, and counts.
 *
 * @param subRegion for {@link ReportTable#VICTIM_REGISTRATIONS}: where it was registered, or null when not split
 * @param personCount whether it counts persons (suppressed below the threshold in public versions) rather than
 *        government actions (never suppressed)
 */
public record ReportRow(String code, String labelKey, @Nullable SubRegion subRegion, long count,
        boolean personCount) {
}
