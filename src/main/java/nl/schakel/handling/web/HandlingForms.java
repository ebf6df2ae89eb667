package nl.schakel.handling.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.schakel.forms.FormErrors;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.handling.FeedbackTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The officer's forms on the signal page, one command record each (decision 0019). What only the service knows
 * (whether the step is allowed now) comes back as an error of the same form.
 */
final class HandlingForms {

    static final int SHORT = 500;
    static final int LONG = 5000;

    private HandlingForms() {
    }

    /** Every handling form on the signal page, empty, unless the request brought it back with its errors. */
    static void addEmpty(Model model, ClassificationLevel proposed) {
        Map<String, Object> empty = Map.of("noteForm", NoteForm.empty(), "enrichmentForm", EnrichmentForm.empty(),
                "consultationForm", ConsultationForm.empty(), "outcomeForm", OutcomeForm.empty(),
                "classificationForm", ClassificationForm.proposing(proposed), "feedbackForm", FeedbackForm.empty(),
                "closingForm", ClosingForm.empty());
        empty.forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form);
            }
        });
        // Each consultation has its own outcome form; only the one sent shows what was typed.
        model.addAttribute("emptyOutcomeForm", OutcomeForm.empty());
        model.addAttribute("foundOptions", java.util.List.of(false, true));
    }

    /** An internal note. */
    public record NoteForm(
            @NotBlank(message = "{handling.problem.required.body}")
            @Size(max = LONG, message = "{handling.problem.tooLong.5000}") @Nullable String body) {

        static NoteForm empty() {
            return new NoteForm(null);
        }
    }

    /** What the officer checked in the municipality's own records, and what was found. */
    @FindingWhenFound
    public record EnrichmentForm(@NotNull(message = "{handling.problem.required.source}") @Nullable EnrichmentSource source,
            @NotBlank(message = "{handling.problem.required.checked}")
            @Size(max = SHORT, message = "{handling.problem.tooLong.500}") @Nullable String checked,
            @NotNull(message = "{handling.problem.required.found}") @Nullable Boolean found,
            @Size(max = LONG, message = "{handling.problem.tooLong.5000}") @Nullable String finding) {

        static EnrichmentForm empty() {
            return new EnrichmentForm(null, null, null, null);
        }
    }

    /** A consultation to plan. */
    public record ConsultationForm(@NotNull(message = "{handling.problem.required.meeting}") @Nullable UUID meeting) {

        static ConsultationForm empty() {
            return new ConsultationForm(null);
        }
    }

    /** The outcome of one consultation (which one is in the path). */
    public record OutcomeForm(@NotBlank(message = "{handling.problem.required.consultationOutcome}")
            @Size(max = LONG, message = "{handling.problem.tooLong.5000}") @Nullable String outcome) {

        static OutcomeForm empty() {
            return new OutcomeForm(null);
        }
    }

    /** A classification with its reason ("trafficking" waits for a second officer). */
    public record ClassificationForm(
            @NotNull(message = "{handling.problem.required.level}") @Nullable ClassificationLevel level,
            @NotBlank(message = "{handling.problem.required.reason}")
            @Size(max = LONG, message = "{handling.problem.tooLong.5000}") @Nullable String reason) {

        static ClassificationForm proposing(ClassificationLevel level) {
            return new ClassificationForm(level, null);
        }
    }

    /** Feedback to the reporter: a template, and the text that is sent; action "fill" only fills in the template. */
    public record FeedbackForm(
            @NotNull(message = "{handling.problem.required.template}") @Nullable FeedbackTemplate template,
            @NotBlank(message = "{handling.problem.required.text}")
            @Size(max = LONG, message = "{handling.problem.tooLong.5000}") @Nullable String text,
            @Nullable String action) {

        static FeedbackForm empty() {
            return new FeedbackForm(null, null, null);
        }
    }

    /** Closing the signal with an outcome. */
    public record ClosingForm(@NotNull(message = "{handling.problem.required.outcome}") @Nullable ClosingOutcome outcome,
            @Size(max = LONG, message = "{handling.problem.tooLong.5000}") @Nullable String note,
            @Size(max = SHORT, message = "{handling.problem.tooLong.500}") @Nullable String notInformedReason) {

        static ClosingForm empty() {
            return new ClosingForm(null, null, null);
        }
    }

    /** A finding is described when something was found; the error belongs to the finding. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = FindingWhenFound.Check.class)
    @interface FindingWhenFound {

        String message() default "{handling.problem.required.finding}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Checks the finding against "found". */
        class Check implements ConstraintValidator<FindingWhenFound, EnrichmentForm> {

            @Override
            public boolean isValid(EnrichmentForm form, ConstraintValidatorContext context) {
                if (!Boolean.TRUE.equals(form.found()) || form.finding() != null && !form.finding().isBlank()) {
                    return true;
                }
                return FormErrors.onField(context, "finding");
            }
        }
    }
}
