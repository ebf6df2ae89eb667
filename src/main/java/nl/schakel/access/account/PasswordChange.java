package nl.schakel.access.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.schakel.forms.FormErrors;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

/**
 * The password form. Whether the current password is right and the new one good enough only the service knows
 * ({@code PasswordPolicy}); that the new one was typed the same twice is the form's own rule. Passwords are never
 * shown again, nor in {@link #toString()}.
 */
@PasswordChange.TypedTwice
public record PasswordChange(@NotEmpty(message = "{password.currentWrong}") @Nullable String currentPassword,
        @NotEmpty(message = "{password.tooShort}") @Nullable String newPassword, @Nullable String confirmPassword) {

    @Override
    public String toString() {
        return "PasswordChange[…]";
    }

    /** The new password typed twice the same; the error belongs to the new password. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TypedTwice.Check.class)
    @interface TypedTwice {

        String message() default "{password.mismatch}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Compares the two new passwords. */
        class Check implements ConstraintValidator<TypedTwice, PasswordChange> {

            @Override
            public boolean isValid(PasswordChange form, ConstraintValidatorContext context) {
                if (form.newPassword() == null || form.newPassword().isEmpty()
                        || Objects.equals(form.newPassword(), form.confirmPassword())) {
                    return true;
                }
                return FormErrors.onField(context, "newPassword");
            }
        }
    }
}
