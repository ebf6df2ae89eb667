package nl.schakel.shelter.web;

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
 * Two numbers of a form in order (a rule across fields, decision 0019): the highest age not below the lowest, free
 * places not above the total. The error is shown at the second field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {InOrder.Ages.class, InOrder.Places.class})
@interface InOrder {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A service's age range. */
    class Ages implements ConstraintValidator<InOrder, ServiceForm> {

        @Override
        public boolean isValid(ServiceForm form, ConstraintValidatorContext context) {
            return form.ageRangeValid() || FormErrors.onField(context, "maxAge");
        }
    }

    /** A service's free places. */
    class Places implements ConstraintValidator<InOrder, CapacityForm> {

        @Override
        public boolean isValid(CapacityForm form, ConstraintValidatorContext context) {
            return form.consistent() || FormErrors.onField(context, "available");
        }
    }
}
