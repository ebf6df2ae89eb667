package nl.schakel.retention.internal;

import java.time.LocalDate;
import java.util.UUID;

import nl.schakel.retention.HoldReason;
import nl.schakel.retention.RecordType;
import org.jspecify.annotations.Nullable;

/** A record due today under a policy version, and the hold that keeps it, if any (for the dry run). */
public record Planned(RecordType type, UUID id, Policy policy, LocalDate dueOn, @Nullable UUID ownerId,
        @Nullable HoldReason hold) {
}
