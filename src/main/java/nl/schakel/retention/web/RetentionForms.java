package nl.schakel.retention.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionAction;
import nl.schakel.retention.SourceDateRule;
import nl.schakel.retention.internal.Policies.PolicyChange;
import org.jspecify.annotations.Nullable;

/** The browser forms of retention. */
final class RetentionForms {

    private RetentionForms() {
    }

    /** A new version of a policy, previewed first and then confirmed. */
    record PolicyForm(@NotNull(message = "{retention.field.required}") @Nullable RecordType type,
            @Size(max = 40, message = "{retention.field.tooLong}") @Nullable String outcome,
            @NotNull(message = "{retention.field.required}") @Min(value = 1, message = "{retention.period.range}")
            @Max(value = 1200, message = "{retention.period.range}") @Nullable Integer periodMonths,
            @NotNull(message = "{retention.field.required}") @Nullable SourceDateRule rule,
            @NotNull(message = "{retention.field.required}") @Nullable RetentionAction action,
            @NotBlank(message = "{retention.field.required}") @Size(max = 1000, message = "{retention.field.tooLong}")
            @Nullable String legalBasis,
            @NotNull(message = "{retention.field.required}") @Nullable LocalDate effectiveFrom) {

        static PolicyForm blank() {
            return new PolicyForm(null, null, null, null, null, null, null);
        }

        PolicyChange change() {
            return new PolicyChange(Objects.requireNonNull(type), outcome == null ? "" : outcome.strip(),
                    Objects.requireNonNull(periodMonths), Objects.requireNonNull(rule), Objects.requireNonNull(action),
                    Objects.requireNonNull(legalBasis).strip(), Objects.requireNonNull(effectiveFrom));
        }
    }

    /** A request of the police or the OM to keep a record. */
    record HoldForm(@NotNull(message = "{retention.field.required}") @Nullable RecordType type,
            @NotNull(message = "{retention.field.required}") @Nullable UUID recordId,
            @NotBlank(message = "{retention.field.required}") @Size(max = 500, message = "{retention.field.tooLong}")
            @Nullable String reason,
            @NotBlank(message = "{retention.field.required}") @Size(max = 100, message = "{retention.field.tooLong}")
            @Nullable String reference) {

        static HoldForm blank() {
            return new HoldForm(null, null, null, null);
        }
    }

    /** The owner's one extension. */
    record ExtensionForm(@NotNull(message = "{retention.field.required}") @Min(value = 1, message = "{retention.extension.range}")
            @Max(value = 1200, message = "{retention.extension.range}") @Nullable Integer months,
            @NotBlank(message = "{retention.field.required}") @Size(max = 500, message = "{retention.field.tooLong}")
            @Nullable String reason) {

        static ExtensionForm blank() {
            return new ExtensionForm(null, null);
        }
    }
}
