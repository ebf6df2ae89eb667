package nl.schakel.intake.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.attachments.AttachmentRejectedException;
import nl.schakel.forms.FormErrors;
import nl.schakel.intake.Receipt;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public signal form at /melden, for residents and professionals without an account. No login, no
 * cookie, nothing about the visitor kept. Works without JavaScript: fill in, check, send.
 */
@Controller
@RequestMapping("/melden")
class PublicIntakeController {

    private final SignalIntake intake;
    private final SignalFormSupport support;
    private final IntakeThrottles throttles;
    private final IntakeHandles handles;

    PublicIntakeController(SignalIntake intake, SignalFormSupport support, IntakeThrottles throttles,
            IntakeHandles handles) {
        this.intake = intake;
        this.support = support;
        this.throttles = throttles;
        this.handles = handles;
    }

    @ModelAttribute
    void publicPage(Model model) {
        model.addAttribute("publicPage", true);
    }

    @GetMapping
    String start(Model model, HttpServletResponse response) {
        if (!intake.available()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return "intake/unavailable";
        }
        return support.form(model, SignalForm.empty(true));
    }

    /** One form, several buttons: add a row, check, go back to change, or send. */
    @PostMapping
    String submit(@Valid @ModelAttribute("form") SignalForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!form.contactGivenWhenNotAnonymous()) {
            FormErrors.refuse(errors, "reporterName", "intake.reporter.contactRequired");
        }
        return switch (form.step()) {
            case SignalForm.ADD, SignalForm.EDIT -> support.form(model, form);
            case SignalForm.SEND -> send(form, errors, files, model, request, response);
            default -> errors.hasErrors() ? support.invalid(model, form, errors) : review(model, form, request);
        };
    }

    private String send(SignalForm form, BindingResult errors, @Nullable List<MultipartFile> files, Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (errors.hasErrors()) {
            return support.invalid(model, form, errors);
        }
        if (form.honeypotFilled()) {
            // A robot filled in the field people cannot see: thank it, keep nothing.
            return "redirect:" + IntakeHandles.withLanguage("/melden/bedankt", locale());
        }
        String source = IntakeThrottles.source(request);
        IntakeThrottles.SendDecision decision = throttles.admitSignal(source, request.getParameter("proof"),
                request.getParameter("proofNonce"));
        switch (decision.admission()) {
            case TOO_MANY -> {
                return tooMany(response);
            }
            case PROOF_NEEDED -> {
                // Under a flood, a new sender first shows its proof of work: the same check page again.
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", String.valueOf(decision.challenge().waitSeconds()));
                model.addAttribute("proof", decision.challenge());
                model.addAttribute("proofNeeded", true);
                return support.review(model, form);
            }
            case ADMITTED -> {
                // sent below
            }
        }
        try {
            Receipt receipt = intake.receivePublic(form, SignalFormSupport.uploads(files));
            // Post/Redirect/Get without a cookie: the receipt waits a few minutes behind a random handle.
            String handle = handles.receipts().hold(receipt.code(), null);
            return "redirect:" + IntakeHandles.withLanguage("/melden/ontvangen/" + handle, locale());
        } catch (AttachmentRejectedException e) {
            throttles.signalNotReceived(source);
            throttles.challengeFor(source).ifPresent(challenge -> model.addAttribute("proof", challenge));
            return support.attachmentRefused(model, form, e.messageKey(), e.filename());
        }
    }

    /** The check page; under a flood a new sender also gets a proof-of-work challenge on it. */
    private String review(Model model, SignalForm form, HttpServletRequest request) {
        throttles.challengeFor(IntakeThrottles.source(request)).ifPresent(challenge -> model.addAttribute("proof",
                challenge));
        return support.review(model, form);
    }

    /** The receipt, for a few minutes after sending: reload and Back show it again, nothing is sent again. */
    @GetMapping("/ontvangen/{handle}")
    String receipt(@PathVariable String handle, Model model, HttpServletResponse response) {
        return handles.receipts().view(handle).map(held -> {
            model.addAttribute("receipt", held.code());
            model.addAttribute("handle", handle);
            return "intake/receipt";
        }).orElseGet(() -> {
            response.setStatus(HttpStatus.GONE.value());
            return "intake/receipt-gone";
        });
    }

    /** "I have noted my code": the receipt is no longer shown, not even with Back. */
    @PostMapping("/ontvangen/{handle}/vergeten")
    String forgetReceipt(@PathVariable String handle) {
        handles.receipts().forget(handle);
        return "redirect:" + IntakeHandles.withLanguage("/melden/ontvangen/" + handle, locale());
    }

    @GetMapping("/bedankt")
    String thanks() {
        return "intake/thanks";
    }

    private static java.util.Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    private String tooMany(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(throttles.signalRetryAfterSeconds()));
        return "intake/too-many";
    }
}
