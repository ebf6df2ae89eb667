package nl.schakel.handling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.HandlingRefusedException;
import nl.schakel.handling.Meeting;
import nl.schakel.handling.SignalHandling;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's steps on a signal. A step that succeeds redirects to the signal page with a
 * confirmation; a form with a problem comes back on the same page, with what was typed and why (422);
 * a step the route does not allow now comes back with the reason (409).
 */
@Controller
@RequestMapping("/signalen/{id}")
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class HandlingController {

    private static final int SHORT = 500;
    private static final int LONG = 5000;

    private final SignalHandling handling;
    private final SignalPage page;
    private final MessageSource messages;

    HandlingController(SignalHandling handling, SignalPage page, MessageSource messages) {
        this.handling = handling;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/notities")
    String note(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String body, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Problems problems = new Problems("note").text("body", body, true, LONG);
        return problems.any() ? problems.show(this, officer, id, model, response, Map.of("body", body))
                : done(id, redirect, "handling.note.added", () -> handling.addNote(officer, signal(id), body.strip()),
                        officer, model, response);
    }

    @PostMapping("/verrijking")
    String enrich(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "") String checked,
            @RequestParam(defaultValue = "") String found, @RequestParam(defaultValue = "") String finding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        EnrichmentSource parsedSource = parse(EnrichmentSource.class, source);
        Problems problems = new Problems("enrichment")
                .require("source", parsedSource != null)
                .text("checked", checked, true, SHORT)
                .require("found", found.equals("true") || found.equals("false"))
                .text("finding", finding, found.equals("true"), LONG);
        if (problems.any()) {
            return problems.show(this, officer, id, model, response,
                    Map.of("source", source, "checked", checked, "found", found, "finding", finding));
        }
        return done(id, redirect, "handling.enrichment.recorded", () -> handling.recordEnrichment(officer, signal(id),
                parsedSource, checked.strip(), Boolean.parseBoolean(found), finding.isBlank() ? null : finding.strip()),
                officer, model, response);
    }

    @PostMapping("/overleg")
    String consultation(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String meeting, @RequestParam(defaultValue = "") String plannedOn,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Meeting parsedMeeting = parse(Meeting.class, meeting);
        LocalDate date = date(plannedOn);
        Problems problems = new Problems("consultation").require("meeting", parsedMeeting != null)
                .require("plannedOn", date != null);
        if (problems.any()) {
            return problems.show(this, officer, id, model, response, Map.of("meeting", meeting, "plannedOn", plannedOn));
        }
        return done(id, redirect, "handling.consultation.planned",
                () -> handling.planConsultation(officer, signal(id), parsedMeeting, date), officer, model, response);
    }

    @PostMapping("/overleg/{consultation}/uitkomst")
    String consultationOutcome(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID consultation, @RequestParam(defaultValue = "") String outcome, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Problems problems = new Problems("outcome-" + consultation)
                .text("consultationOutcome", outcome, true, LONG);
        if (problems.any()) {
            return problems.show(this, officer, id, model, response, Map.of("outcome", outcome));
        }
        return done(id, redirect, "handling.consultation.outcomeRecorded",
                () -> handling.recordConsultationOutcome(officer, signal(id), consultation, outcome.strip()),
                officer, model, response);
    }

    @PostMapping("/classificatie")
    String classify(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClassificationLevel parsed = parse(ClassificationLevel.class, level);
        Problems problems = new Problems("classification").require("level", parsed != null)
                .text("reason", reason, true, LONG);
        if (problems.any()) {
            return problems.show(this, officer, id, model, response, Map.of("level", level, "reason", reason));
        }
        model.addAttribute("classificationValues", Map.of("level", level, "reason", reason));
        String confirmation = parsed.needsSecondPerson() ? "handling.classification.awaiting"
                : "handling.classification.recorded";
        return done(id, redirect, confirmation, () -> handling.classify(officer, signal(id), parsed, reason.strip()),
                officer, model, response);
    }

    @PostMapping("/classificatie/{classification}/bevestigen")
    String confirm(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID classification, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return done(id, redirect, "handling.classification.confirmed",
                () -> handling.confirmClassification(officer, signal(id), classification), officer, model, response);
    }

    @PostMapping("/classificatie/{classification}/afwijzen")
    String reject(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID classification, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return done(id, redirect, "handling.classification.rejected",
                () -> handling.rejectClassification(officer, signal(id), classification), officer, model, response);
    }

    /** One form, two buttons: fill in the chosen template (nothing is sent), or send what is in the box. */
    @PostMapping("/terugkoppeling")
    String feedback(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String template, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "send") String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        FeedbackTemplate parsed = parse(FeedbackTemplate.class, template);
        if (action.equals("fill") && parsed != null) {
            model.addAttribute("feedbackValues", Map.of("template", template,
                    "text", messages.getMessage("handling.template." + parsed.name() + ".text", null,
                            LocaleContextHolder.getLocale())));
            return page.show(officer, signal(id), model);
        }
        Problems problems = new Problems("feedback").require("template", parsed != null)
                .text("text", text, true, LONG);
        if (problems.any()) {
            return problems.show(this, officer, id, model, response, Map.of("template", template, "text", text));
        }
        return done(id, redirect, "handling.feedback.sent",
                () -> handling.informReporter(officer, signal(id), parsed, text.strip()), officer, model, response);
    }

    @PostMapping("/afsluiten")
    String close(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String notInformedReason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ClosingOutcome parsed = parse(ClosingOutcome.class, outcome);
        Problems problems = new Problems("closing").require("outcome", parsed != null)
                .text("note", note, false, LONG).text("notInformedReason", notInformedReason, false, SHORT);
        Map<String, String> typed = Map.of("outcome", outcome, "note", note, "notInformedReason", notInformedReason);
        if (problems.any()) {
            return problems.show(this, officer, id, model, response, typed);
        }
        model.addAttribute("closingValues", typed);
        return done(id, redirect, "handling.closing.closed",
                () -> handling.close(officer, signal(id), parsed, note, notInformedReason), officer, model, response);
    }

    @ExceptionHandler(SignalHandling.SignalNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private String done(UUID id, RedirectAttributes redirect, String confirmation, Runnable step,
            SchakelUser officer, Model model, HttpServletResponse response) {
        try {
            step.run();
        } catch (HandlingRefusedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("handlingRefused", refused.messageKey());
            return page.show(officer, signal(id), model);
        }
        redirect.addFlashAttribute("notice", confirmation);
        return "redirect:/signalen/" + id;
    }

    String render(SchakelUser officer, UUID id, Model model) {
        return page.show(officer, signal(id), model);
    }

    private static SignalId signal(UUID id) {
        return new SignalId(id);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value) {
        try {
            return value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A meeting date within ten years either way; anything else is a typing error (and out of PostgreSQL's range). */
    private static @Nullable LocalDate date(String value) {
        try {
            LocalDate date = value.isBlank() ? null : LocalDate.parse(value);
            return date == null || Math.abs(date.getYear() - LocalDate.now().getYear()) > 10 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The problems of one form, as message keys per field ({@code handling.problem.<form>.<field>}). */
    static final class Problems {

        private final String form;
        private final Map<String, String> byField = new LinkedHashMap<>();

        Problems(String form) {
            this.form = form;
        }

        Problems require(String field, boolean ok) {
            if (!ok) {
                byField.put(field, "handling.problem.required." + field);
            }
            return this;
        }

        Problems text(String field, String value, boolean required, int max) {
            if (required && value.isBlank()) {
                byField.put(field, "handling.problem.required." + field);
            } else if (value.strip().length() > max) {
                byField.put(field, "handling.problem.tooLong." + max);
            }
            return this;
        }

        boolean any() {
            return !byField.isEmpty();
        }

        String show(HandlingController controller, SchakelUser officer, UUID id, Model model,
                HttpServletResponse response, Map<String, String> typed) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            String base = form.startsWith("outcome-") ? "outcome" : form;
            model.addAttribute("problemForm", form);
            model.addAttribute(base + "Problems", byField);
            model.addAttribute(base + "Values", typed);
            return controller.render(officer, id, model);
        }
    }
}
