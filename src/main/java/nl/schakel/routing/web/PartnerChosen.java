package nl.schakel.routing.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The routing form names at least one partner (a rule of the whole form, shown above it). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartnerChosen.Check.class)
@interface PartnerChosen {

    String message() default "{routing.partners.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks that a row is ticked. */
    class Check implements ConstraintValidator<PartnerChosen, RoutingForm> {

        @Override
        public boolean isValid(RoutingForm form, ConstraintValidatorContext context) {
            return form.rows().stream().anyMatch(RoutingForm.Choice::isSelected);
        }
    }
}
