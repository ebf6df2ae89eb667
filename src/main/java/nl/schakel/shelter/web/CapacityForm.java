package nl.schakel.shelter.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.shelter.CapacityFigure;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CapacityUpdate;
import org.jspecify.annotations.Nullable;

/** A provider's new figures for one service. */
@InOrder(message = "{shelter.capacity.available.moreThanTotal}")
public record CapacityForm(
        @NotBlank(message = "{shelter.capacity.unit.required}") @Size(max = 60, message = "{shelter.text.tooLong}")
        @Nullable String unit,
        @NotNull(message = "{shelter.capacity.number.required}") @Min(value = 0, message = "{shelter.capacity.number.range}")
        @Max(value = 10000, message = "{shelter.capacity.number.range}") @Nullable Integer total,
        @NotNull(message = "{shelter.capacity.number.required}") @Min(value = 0, message = "{shelter.capacity.number.range}")
        @Max(value = 10000, message = "{shelter.capacity.number.range}") @Nullable Integer funded,
        @NotNull(message = "{shelter.capacity.number.required}") @Min(value = 0, message = "{shelter.capacity.number.range}")
        @Max(value = 10000, message = "{shelter.capacity.number.range}") @Nullable Integer available,
        @NotNull(message = "{shelter.capacity.number.required}") @Min(value = 0, message = "{shelter.capacity.number.range}")
        @Max(value = 10000, message = "{shelter.capacity.number.range}") @Nullable Integer reserved,
        @NotNull(message = "{shelter.capacity.number.required}") @Min(value = 0, message = "{shelter.capacity.number.range}")
        @Max(value = 10000, message = "{shelter.capacity.number.range}") @Nullable Integer waitlist,
        @NotNull(message = "{shelter.capacity.status.required}") @Nullable CapacityStatus status) {

    static CapacityForm of(@Nullable CapacityFigure f) {
        return f == null ? new CapacityForm("bedden", 0, 0, 0, 0, 0, CapacityStatus.NO_CAPACITY)
                : new CapacityForm(f.unit(), f.total(), f.funded(), f.available(), f.reserved(), f.waitlist(), f.status());
    }

    /** Free places cannot exceed the total, and "capacity" needs a free place. */
    boolean consistent() {
        return available == null || total == null || available <= total;
    }

    CapacityUpdate update() {
        return new CapacityUpdate(unit.strip(), total, funded, available, reserved, waitlist, status);
    }
}
