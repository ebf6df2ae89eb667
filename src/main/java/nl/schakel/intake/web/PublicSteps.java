package nl.schakel.intake.web;

import nl.schakel.intake.SignalForm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Shows one page of the public form in steps (decision 0027): its question, its fields with their errors, every
 * other page's answers as hidden fields, the step indicator, and the token of the files chosen so far.
 */
@Component
class PublicSteps {

    static final String STEP = "intake/step";

    private final SignalFormSupport support;
    private final HeldUploads uploads;

    PublicSteps(SignalFormSupport support, HeldUploads uploads) {
        this.support = support;
        this.uploads = uploads;
    }

    /** The page, fresh: a blank row to type in for every repeatable part, no errors. */
    String show(Model model, SignalForm form, PublicStep step, @Nullable String uploadsToken) {
        return page(model, form.forDisplay(), step, uploadsToken);
    }

    /** The page with what was typed and the errors of its own fields (the web shell answers 422). */
    String invalid(Model model, SignalForm form, BindingResult errors, PublicStep step, @Nullable String uploadsToken) {
        page(model, form, step, uploadsToken);
        BindingResult own = SignalFormSupport.errorsOf(form, errors, step::owns);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", own);
        // The parts with an error are shown opened.
        model.addAttribute("erroneous", own.getFieldErrors().stream().map(e -> e.getField().replaceAll("[\\[.].*", ""))
                .collect(java.util.stream.Collectors.toSet()));
        return STEP;
    }

    private String page(Model model, SignalForm form, PublicStep step, @Nullable String uploadsToken) {
        support.choices(model);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", SignalFormSupport.bindingOf(form));
        model.addAttribute("page", step);
        model.addAttribute("route", PublicStep.route(form));
        model.addAttribute("pageNumber", step.number(form));
        // The check page is the last step of the indicator.
        model.addAttribute("pageCount", PublicStep.route(form).size() + 1);
        model.addAttribute("uploadsToken", uploadsToken);
        model.addAttribute("heldFiles", uploads.names(uploadsToken));
        model.addAttribute("erroneous", java.util.Set.of());
        return STEP;
    }
}
