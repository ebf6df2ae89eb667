package nl.schakel.signal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A company or other organisation mentioned in a signal, e.g. an employer or an agency. */
public record OrganisationEntry(
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String name,
        @Pattern(regexp = "^$|^\\s*[0-9]{8}\\s*$", message = "{intake.organisation.kvk}") @Nullable String kvkNumber,
        @Size(max = 100, message = "{intake.field.tooLong}") @Nullable String sector) {

    public static OrganisationEntry blank() {
        return new OrganisationEntry(null, null, null);
    }

    @JsonIgnore // derived, for the forms; not part of the JSON
    public boolean isBlank() {
        return Entries.allBlank(name, kvkNumber, sector);
    }
}
