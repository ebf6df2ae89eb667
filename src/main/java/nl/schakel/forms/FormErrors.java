package nl.schakel.forms;

import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a refusal that only the service can know ("already decided", "not allowed now", "that name is taken")
 * reaches a form: as an error in the same {@link BindingResult} that Bean Validation fills, so the page shows it in
 * the same error summary and next to the same field, with 422 (decision 0019). Nothing else carries form errors.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Adds the refusal as an error of its field when the form has that field, else as an error of the whole form.
     *
     * @param messageKey a message key of the refusing module's messages
     */
    public static void refuse(BindingResult errors, @Nullable String field, String messageKey) {
        if (field != null && hasField(errors, field)) {
            errors.rejectValue(field, messageKey);
        } else {
            errors.reject(messageKey);
        }
    }

    /**
     * For a class-level constraint (a rule across fields): puts its violation on the field it is about, so the page
     * shows it next to that field and the error summary links there.
     *
     * @return false, the answer of a failed check
     */
    public static boolean onField(ConstraintValidatorContext context, String field) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }

    private static boolean hasField(BindingResult errors, String field) {
        // No target when the command could not be constructed from what was sent (its errors are in the result).
        return errors.getTarget() != null && errors instanceof AbstractPropertyBindingResult bound
                && bound.getPropertyAccessor().isReadableProperty(field);
    }
}
