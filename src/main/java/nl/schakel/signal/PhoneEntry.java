package nl.schakel.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** A phone number mentioned in a signal, in whatever format it was written. */
public record PhoneEntry(
        @Pattern(regexp = "^$|^[0-9 +()./-]{6,25}$", message = "{intake.phone.invalid}") @Nullable String number) {

    public static PhoneEntry blank() {
        return new PhoneEntry(null);
    }

    @JsonIgnore // derived, for the forms; not part of the JSON
    public boolean isBlank() {
        return Entries.allBlank(number);
    }
}
