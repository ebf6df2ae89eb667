package nl.schakel.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An address mentioned in a signal. */
public record AddressEntry(
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String street,
        @Size(max = 20, message = "{intake.field.tooLong}") @Nullable String houseNumber,
        @Pattern(regexp = "^$|^\\s*[1-9][0-9]{3}\\s?[a-zA-Z]{2}\\s*$", message = "{intake.address.postcode}")
        @Nullable String postcode,
        @Size(max = 100, message = "{intake.field.tooLong}") @Nullable String city) {

    public static AddressEntry blank() {
        return new AddressEntry(null, null, null, null);
    }

    @JsonIgnore // derived, for the forms; not part of the JSON
    public boolean isBlank() {
        return Entries.allBlank(street, houseNumber, postcode, city);
    }
}
