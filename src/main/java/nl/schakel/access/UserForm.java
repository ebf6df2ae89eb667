package nl.schakel.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What an administrator fills in to create or change a user. The username cannot change later. */
public record UserForm(
        @NotBlank(message = "{user.username.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{user.username.pattern}") @Nullable String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{user.displayName.size}")
        @Nullable String displayName,
        @Email(message = "{user.email.invalid}") @Size(max = 320, message = "{user.email.invalid}") @Nullable String email,
        @NotNull(message = "{user.organisation.required}") @Nullable UUID organisationId,
        @NotEmpty(message = "{user.roles.required}") @Nullable Set<Role> roles) {

    public static UserForm empty() {
        return new UserForm("", "", "", null, EnumSet.noneOf(Role.class));
    }

    public static UserForm of(UserSummary user) {
        return new UserForm(user.username(), user.displayName(), user.email(), user.organisationId(), user.roles());
    }
}
