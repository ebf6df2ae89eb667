package nl.schakel.signal;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A person mentioned in a signal: name or nickname, and whatever else the reporter knows. */
public record PersonEntry(
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String name,
        @Nullable Sex sex,
        @Min(value = 0, message = "{intake.person.age.range}") @Max(value = 120, message = "{intake.person.age.range}")
        @Nullable Integer age,
        @PastOrPresent(message = "{intake.person.dateOfBirth.past}") @Nullable LocalDate dateOfBirth,
        @Size(max = 100, message = "{intake.field.tooLong}") @Nullable String nationality,
        @Size(max = 100, message = "{intake.field.tooLong}") @Nullable String language,
        @Nullable PersonRole role) {

    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    public enum PersonRole { POSSIBLE_VICTIM, POSSIBLE_PERPETRATOR, FACILITATOR, WITNESS, UNKNOWN }

    public static PersonEntry blank() {
        return new PersonEntry(null, null, null, null, null, null, null);
    }

    @JsonIgnore // derived, for the forms; not part of the JSON
    public boolean isBlank() {
        return Entries.allBlank(name, nationality, language) && age == null && dateOfBirth == null
                && (sex == null || sex == Sex.UNKNOWN) && (role == null || role == PersonRole.UNKNOWN);
    }
}
