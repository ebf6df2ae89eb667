package nl.schakel.organisations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.schakel.forms.FormErrors;

/**
 * A rule across two fields of {@link OrganisationForm}: the labour inspectorate needs a department, other types have
 * none. The error belongs to the department field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DepartmentMatchesType.Check.class)
@interface DepartmentMatchesType {

    String message() default "{organisation.department.mismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the form and puts a refusal on its department. */
    class Check implements ConstraintValidator<DepartmentMatchesType, OrganisationForm> {

        @Override
        public boolean isValid(OrganisationForm form, ConstraintValidatorContext context) {
            if (form.type() == null || form.type().hasDepartments() == (form.department() != null)) {
                return true;
            }
            return FormErrors.onField(context, "department");
        }
    }
}
