package nl.schakel.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A figure a partner gives for the council report (T6), entered by hand and never computed: what it counts
 * ({@code label}), the number, its source, the date of the source and its definition.
 */
public record PartnerFigure(UUID id, UUID municipalityId, int year, String label, int amount, String source,
        LocalDate sourceDate, String definition) {
}
