package nl.schakel.retention.internal;

import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.retention.PolicyRule;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionAction;
import nl.schakel.retention.SourceDateRule;
import org.jspecify.annotations.Nullable;

/**
 * One version of a retention policy. It governs the records whose source date falls on or after its
 * {@code effectiveFrom} and before the next version's ({@code until}, exclusive; null while it is the newest).
 */
public record Policy(UUID id, RecordType type, String outcome, int version, int periodMonths, SourceDateRule rule,
        RetentionAction action, String legalBasis, LocalDate effectiveFrom, @Nullable LocalDate until) {

    public PolicyRule asRule() {
        return new PolicyRule(type, outcome, rule, effectiveFrom, until);
    }

    /** The day a record with this source date is due. */
    public LocalDate dueOn(LocalDate sourceDate) {
        return sourceDate.plusMonths(periodMonths);
    }

    /** The last source date due today: today minus the period. */
    public LocalDate cutoff(LocalDate today) {
        return today.minusMonths(periodMonths);
    }
}
