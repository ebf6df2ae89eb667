package nl.schakel.intake.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import nl.schakel.intake.SignalForm;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The pages of the public form, one question each (GOV.UK / NL Design System "one thing per page"), in order. A
 * page owns its fields: it shows them and their errors, and carries every other page's fields as hidden fields,
 * so nothing is stored between pages (decision 0027). The contact page applies only to a reporter who gives
 * their name.
 */
enum PublicStep {

    WHAT("description", "observedWhen", "municipalityId", "locationAddress"),
    WHO("persons", "addresses", "organisations", "phones", "onlineIdentities", "vehicles"),
    SIGNS("indicators", "otherIndicators", "exploitationForms"),
    SAFETY("acute", "dangerToReporter", "dangerToVictim", "doNotInform", "smuggling", "vulnerabilities"),
    REPORTER("reporterType", "anonymous"),
    CONTACT("reporterName", "reporterOrganisation", "reporterPhone", "reporterEmail"),
    FILES("files");

    private final List<String> fields;

    PublicStep(String... fields) {
        this.fields = List.of(fields);
    }

    /** Whether a field (or a row of it, such as {@code persons[0].name}) is asked on this page. */
    boolean owns(String field) {
        return fields.stream().anyMatch(f -> field.equals(f) || field.startsWith(f + "[") || field.startsWith(f + "."));
    }

    boolean appliesTo(SignalForm form) {
        return this != CONTACT || !form.anonymous();
    }

    /** The pages this reporter goes through, in order. */
    static List<PublicStep> route(SignalForm form) {
        return Arrays.stream(values()).filter(step -> step.appliesTo(form)).toList();
    }

    /** The page after this one, or empty when the check page comes next. */
    Optional<PublicStep> next(SignalForm form) {
        return route(form).stream().filter(step -> step.ordinal() > ordinal()).findFirst();
    }

    /** The page before this one (the first page stays the first). */
    PublicStep previous(SignalForm form) {
        return route(form).stream().filter(step -> step.ordinal() < ordinal()).reduce((a, b) -> b).orElse(WHAT);
    }

    /** This page's number among the pages this reporter goes through (1-based). */
    int number(SignalForm form) {
        return route(form).indexOf(this) + 1;
    }

    boolean hasErrors(BindingResult errors) {
        return errors.getFieldErrors().stream().map(FieldError::getField).anyMatch(this::owns);
    }

    /** The first page with an error, if any. */
    static Optional<PublicStep> firstWithErrors(BindingResult errors) {
        return Arrays.stream(values()).filter(step -> step.hasErrors(errors)).findFirst();
    }

    /** The page a form names in its hidden field; anything unknown is the first page. */
    static PublicStep named(@Nullable String name) {
        return Arrays.stream(values()).filter(step -> step.name().equals(name)).findFirst().orElse(WHAT);
    }
}
