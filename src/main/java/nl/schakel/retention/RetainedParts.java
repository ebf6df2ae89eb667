package nl.schakel.retention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The SPI a module implements when it keeps parts of a record another module owns (intake's reporter identity of a
 * signal, the attachments of a signal, …) or knows a reason to hold it (an open case, an open referral). Called in
 * the same transaction as the owner's {@link RetainedRecords}; its SQL touches only its own tables. Idempotent.
 */
public interface RetainedParts {

    RecordType type();

    default Optional<HoldReason> held(UUID id, LocalDate today) {
        return Optional.empty();
    }

    default void anonymise(UUID id) {
    }

    default void delete(UUID id) {
        anonymise(id);
    }
}
