package nl.schakel.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schakel.directory.EntryDetails;
import nl.schakel.directory.ReachedBy;
import org.jspecify.annotations.Nullable;

/** The administrator's form for a directory entry's details; empty optional fields are stored as none. */
public record EntryForm(
        @NotBlank(message = "{directory.edit.regionsServed.required}") @Size(max = 500, message = "{directory.edit.tooLong}")
        @Nullable String regionsServed,
        @NotBlank(message = "{directory.edit.tasks.required}") @Size(max = 4000, message = "{directory.edit.tooLong}")
        @Nullable String tasks,
        @NotBlank(message = "{directory.edit.threshold.required}") @Size(max = 4000, message = "{directory.edit.tooLong}")
        @Nullable String threshold,
        @NotBlank(message = "{directory.edit.officeHours.required}") @Size(max = 500, message = "{directory.edit.tooLong}")
        @Nullable String officeHours,
        @Pattern(regexp = PHONE, message = "{directory.edit.phone.invalid}") @Nullable String phone,
        @Pattern(regexp = PHONE, message = "{directory.edit.phone.invalid}") @Nullable String phone24h,
        @Email(message = "{directory.edit.email.invalid}") @Size(max = 254, message = "{directory.edit.tooLong}")
        @Nullable String email,
        @NotNull(message = "{directory.edit.reachedBy.required}") @Nullable ReachedBy reachedBy,
        @Size(max = 2000, message = "{directory.edit.tooLong}") @Nullable String publicAdvice) {

    /** Empty, or digits with spaces, dashes, brackets and a leading plus, 6 to 20 characters. */
    static final String PHONE = "^$|^\\+?[0-9 ()-]{6,20}$";

    static EntryForm of(EntryDetails d) {
        return new EntryForm(d.regionsServed(), d.tasks(), d.threshold(), d.officeHours(), d.phone(), d.phone24h(),
                d.email(), d.reachedBy(), d.publicAdvice());
    }

    EntryDetails details() {
        return new EntryDetails(regionsServed.strip(), tasks.strip(), threshold.strip(), officeHours.strip(),
                orNull(phone), orNull(phone24h), orNull(email), reachedBy, orNull(publicAdvice));
    }

    private static @Nullable String orNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
