package nl.schakel.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SPI a module implements for the record type it owns (one implementation per {@link RecordType}); its SQL
 * touches only its own tables. The retention job calls it with the rule of each policy version, checks holds
 * here and in every {@link RetainedParts} of the type, and anonymises or deletes each record — parts first — in
 * one transaction with its row on the destruction list. Anonymising and deleting must be idempotent.
 */
public interface RetainedRecords {

    RecordType type();

    /** The outcomes this type's policies may distinguish (e.g. a signal's closing outcomes); empty for none. */
    default List<String> outcomes() {
        return List.of();
    }

    /**
     * Records not yet anonymised or deleted whose source date by the rule lies within the rule's days and on or
     * before {@code lastSourceDate}, oldest first, at most {@code limit}.
     */
    List<Due> due(PolicyRule rule, LocalDate lastSourceDate, int limit);

    /** Why the record must be kept for now, if it must; a type whose records are never held keeps this default. */
    default Optional<HoldReason> held(UUID id, LocalDate today) {
        return Optional.empty();
    }

    void anonymise(UUID id);

    void delete(UUID id);
}
