package nl.schakel.retention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a record of another type is held: for owners whose records hang on others' (a registry subject is held
 * while a signal that names it is).
 */
public interface RetentionHolds {

    Optional<HoldReason> held(RecordType type, UUID id, LocalDate today);
}
