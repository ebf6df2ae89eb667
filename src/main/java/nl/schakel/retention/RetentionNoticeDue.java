package nl.schakel.retention;

import java.time.LocalDate;
import java.util.UUID;

/** A record will be anonymised or deleted on {@code dueOn}; its owner is told once, 30 days before. */
public record RetentionNoticeDue(RecordType type, UUID recordId, UUID ownerId, LocalDate dueOn) {

    public static final int DAYS_BEFORE = 30;
}
