package nl.schakel.monitoring.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partner's figure for T6 of the council report: what, how many, from whom, of when, and how defined. */
record PartnerFigureForm(
        @NotNull(message = "{monitoring.t6.year.required}") @Min(value = 2000, message = "{monitoring.t6.year.range}")
        @Max(value = 2100, message = "{monitoring.t6.year.range}") @Nullable Integer year,
        @NotBlank(message = "{monitoring.t6.label.required}") @Size(max = 200, message = "{monitoring.t6.tooLong}")
        @Nullable String label,
        @NotNull(message = "{monitoring.t6.amount.required}") @Min(value = 0, message = "{monitoring.t6.amount.range}")
        @Max(value = 10_000_000, message = "{monitoring.t6.amount.range}") @Nullable Integer amount,
        @NotBlank(message = "{monitoring.t6.source.required}") @Size(max = 200, message = "{monitoring.t6.tooLong}")
        @Nullable String source,
        @NotNull(message = "{monitoring.t6.sourceDate.required}")
        @PastOrPresent(message = "{monitoring.t6.sourceDate.past}") @Nullable LocalDate sourceDate,
        @NotBlank(message = "{monitoring.t6.definition.required}") @Size(max = 1000, message = "{monitoring.t6.tooLong}")
        @Nullable String definition) {

    static PartnerFigureForm empty(int year) {
        return new PartnerFigureForm(year, null, null, null, null, null);
    }
}
