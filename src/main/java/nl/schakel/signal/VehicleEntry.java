package nl.schakel.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A vehicle mentioned in a signal. */
public record VehicleEntry(
        @Size(max = 20, message = "{intake.field.tooLong}") @Nullable String licencePlate,
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String description) {

    public static VehicleEntry blank() {
        return new VehicleEntry(null, null);
    }

    @JsonIgnore // derived, for the forms; not part of the JSON
    public boolean isBlank() {
        return Entries.allBlank(licencePlate, description);
    }
}
