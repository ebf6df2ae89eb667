package nl.schakel.handling.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.handling.Classifications;
import nl.schakel.handling.Consultations;
import nl.schakel.handling.HandlingRefusedException;
import nl.schakel.handling.SignalHandling;
import nl.schakel.handling.web.HandlingForms.ClassificationForm;
import nl.schakel.handling.web.HandlingForms.ClosingForm;
import nl.schakel.handling.web.HandlingForms.ConsultationForm;
import nl.schakel.handling.web.HandlingForms.EnrichmentForm;
import nl.schakel.handling.web.HandlingForms.FeedbackForm;
import nl.schakel.handling.web.HandlingForms.NoteForm;
import nl.schakel.handling.web.HandlingForms.OutcomeForm;
import nl.schakel.meetings.MeetingNotFoundException;
import nl.schakel.meetings.MeetingRefusedException;
import nl.schakel.signal.RouteStep;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's steps on a signal, one command record per form ({@link HandlingForms}, decision 0019). A step that
 * succeeds redirects to the signal page with a confirmation; a form with a problem comes back on the same page,
 * with what was typed and why (422); a step the route does not allow now comes back with the reason in the same
 * form's errors (409).
 */
@Controller
@RequestMapping("/signalen/{id}")
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class HandlingController {

    private final SignalHandling handling;
    private final Classifications classifications;
    private final Consultations consultations;
    private final SignalPage page;
    private final MessageSource messages;

    HandlingController(SignalHandling handling, Classifications classifications, Consultations consultations,
            SignalPage page, MessageSource messages) {
        this.handling = handling;
        this.consultations = consultations;
        this.classifications = classifications;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/notities")
    String note(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(officer, id, errors, model, response, redirect, "notities", "handling.note.added",
                () -> handling.addNote(officer, signal(id), form.body().strip()));
    }

    @PostMapping("/verrijking")
    String enrich(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("enrichmentForm") EnrichmentForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(officer, id, errors, model, response, redirect, "verrijken", "handling.enrichment.recorded",
                () -> handling.recordEnrichment(officer, signal(id), form.source(), form.checked().strip(),
                        form.found(), form.finding() == null || form.finding().isBlank() ? null : form.finding().strip()));
    }

    @PostMapping("/overleg")
    String consultation(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                return step(officer, id, errors, model, response, redirect, "overleg", "handling.consultation.planned",
                        () -> consultations.plan(officer, signal(id), form.meeting()));
            } catch (MeetingRefusedException refused) {
                // A trends-only table or a closed agenda: the form says why (422), as any refused field.
                FormErrors.refuse(errors, "meeting", refused.messageKey());
            } catch (MeetingNotFoundException unknown) {
                FormErrors.refuse(errors, "meeting", "handling.problem.required.meeting");
            }
        }
        return page.show(officer, signal(id), RouteStep.ofAnchor("overleg").orElse(null), model);
    }

    @PostMapping("/overleg/{consultation}/uitkomst")
    String consultationOutcome(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID consultation, @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        // Which consultation's form this was comes from the path, so only that form shows what was typed.
        model.addAttribute("outcomeConsultation", consultation);
        return step(officer, id, errors, model, response, redirect, "overleg", "handling.consultation.outcomeRecorded",
                () -> consultations.recordOutcome(officer, signal(id), consultation, form.outcome().strip()));
    }

    @PostMapping("/classificatie")
    String classify(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("classificationForm") ClassificationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String confirmation = form.level() != null && form.level().needsSecondPerson()
                ? "handling.classification.awaiting" : "handling.classification.recorded";
        return step(officer, id, errors, model, response, redirect, "wegen", confirmation,
                () -> classifications.classify(officer, signal(id), form.level(), form.reason().strip()));
    }

    @PostMapping("/classificatie/{classification}/bevestigen")
    String confirm(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID classification, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return button(officer, id, model, response, redirect, "wegen", "handling.classification.confirmed",
                () -> classifications.confirm(officer, signal(id), classification));
    }

    @PostMapping("/classificatie/{classification}/afwijzen")
    String reject(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID classification, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return button(officer, id, model, response, redirect, "wegen", "handling.classification.rejected",
                () -> classifications.reject(officer, signal(id), classification));
    }

    /** One form, two buttons: fill in the chosen template (nothing is sent), or send what is in the box. */
    @PostMapping("/terugkoppeling")
    String feedback(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if ("fill".equals(form.action()) && form.template() != null) {
            // A fresh form replaces the bound one (and its errors): filling in is no refusal.
            model.addAttribute("feedbackForm", new FeedbackForm(form.template(), messages.getMessage(
                    "handling.template." + form.template().name() + ".text", null, LocaleContextHolder.getLocale()),
                    null));
            return page.show(officer, signal(id), RouteStep.FEEDBACK, model);
        }
        return step(officer, id, errors, model, response, redirect, "terugkoppelen", "handling.feedback.sent",
                () -> handling.informReporter(officer, signal(id), form.template(), form.text().strip()));
    }

    @PostMapping("/afsluiten")
    String close(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("closingForm") ClosingForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return step(officer, id, errors, model, response, redirect, "afsluiten", "handling.closing.closed",
                () -> handling.close(officer, signal(id), form.outcome(), form.note(),
                        form.notInformedReason()));
    }

    @ExceptionHandler(SignalHandling.SignalNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * Runs a form's step when the form is complete. A step the route does not allow now becomes an error of the same
     * form (409); either way the page comes back with what was typed.
     */
    private String step(SchakelUser officer, UUID id, BindingResult errors, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String anchor, String confirmation, Runnable step) {
        if (!errors.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("notice", confirmation);
                return back(id, anchor);
            } catch (HandlingRefusedException refused) {
                FormErrors.refuse(errors, null, refused.messageKey());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return page.show(officer, signal(id), RouteStep.ofAnchor(anchor).orElse(null), model);
    }

    /** Back to the step (or the part below the steps) the officer saved in, not to the top (decision 0026). */
    private static String back(UUID id, String anchor) {
        return "redirect:" + RouteStep.ofAnchor(anchor).map(step -> step.pageOf(signal(id)))
                .orElse("/signalen/" + id + "#" + anchor);
    }

    /** A button without a form: a refusal is shown above the page (409). */
    private String button(SchakelUser officer, UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String anchor, String confirmation, Runnable step) {
        try {
            step.run();
        } catch (HandlingRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("handlingRefused", refused.messageKey());
            return page.show(officer, signal(id), RouteStep.ofAnchor(anchor).orElse(null), model);
        }
        redirect.addFlashAttribute("notice", confirmation);
        return back(id, anchor);
    }

    private static SignalId signal(UUID id) {
        return new SignalId(id);
    }
}
