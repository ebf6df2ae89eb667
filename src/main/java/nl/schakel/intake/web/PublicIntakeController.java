package nl.schakel.intake.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.attachments.AttachmentRejectedException;
import nl.schakel.attachments.Upload;
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
 * cookie, nothing about the visitor kept. Works without JavaScript: one question per page ({@link PublicStep}),
 * then check and send. Between pages, the answers travel as hidden fields and chosen files wait in memory under
 * a random token (decision 0027); a form that posts everything at once (step "review") goes straight to the check.
 */
@Controller
@RequestMapping("/melden")
class PublicIntakeController {

    private final SignalIntake intake;
    private final SignalFormSupport support;
    private final IntakeThrottles throttles;
    private final IntakeHandles handles;
    private final PublicSteps steps;
    private final HeldUploads uploads;

    PublicIntakeController(SignalIntake intake, SignalFormSupport support, IntakeThrottles throttles,
            IntakeHandles handles, PublicSteps steps, HeldUploads uploads) {
        this.intake = intake;
        this.support = support;
        this.throttles = throttles;
        this.handles = handles;
        this.steps = steps;
        this.uploads = uploads;
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
        return steps.show(model, SignalForm.empty(true), PublicStep.WHAT, null);
    }

    /**
     * One form per page, several buttons: next, back, add a row, check, change, or send. The form's {@code page}
     * names the page it was on, its {@code uploads} the token of the files chosen so far.
     */
    @PostMapping
    String submit(@Valid @ModelAttribute("form") SignalForm form, BindingResult errors,
            @RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!form.contactGivenWhenNotAnonymous()) {
            FormErrors.refuse(errors, "reporterName", "intake.reporter.contactRequired");
        }
        PublicStep current = PublicStep.named(form.page());
        String token = uploads.names(form.uploads()).isEmpty() ? null : form.uploads();
        return switch (form.step()) {
            case SignalForm.ADD -> steps.show(model, form, current, token);
            case SignalForm.EDIT -> steps.show(model, form, PublicStep.WHAT, token);
            case SignalForm.BACK -> steps.show(model, form, current.previous(form), token);
            case SignalForm.NEXT -> next(form, errors, current, files, token, model, request);
            case SignalForm.SEND -> send(form, errors, files, token, model, request, response);
            default -> check(form, errors, token, model, request);
        };
    }

    /** The next page, once this page's own answers are fine; after the last page, the check page. */
    private String next(SignalForm form, BindingResult errors, PublicStep current, @Nullable List<MultipartFile> files,
            @Nullable String token, Model model, HttpServletRequest request) throws IOException {
        if (current.hasErrors(errors)) {
            return steps.invalid(model, form, errors, current, token);
        }
        String held = token;
        if (current == PublicStep.FILES && !SignalFormSupport.uploads(files).isEmpty()) {
            var chosen = uploads.hold(SignalFormSupport.uploads(files), token);
            if (chosen.isEmpty()) {
                return steps.invalid(model, form, SignalFormSupport.refusedFiles(form, "intake.files.busy", null),
                        current, null);
            }
            held = chosen.get();
        }
        var following = current.next(form);
        return following.isPresent() ? steps.show(model, form, following.get(), held)
                : check(form, errors, held, model, request);
    }

    /** The check page, or the first page with something to correct. */
    private String check(SignalForm form, BindingResult errors, @Nullable String token, Model model,
            HttpServletRequest request) {
        var wrong = PublicStep.firstWithErrors(errors);
        if (wrong.isPresent()) {
            return steps.invalid(model, form, errors, wrong.get(), token);
        }
        model.addAttribute("uploadsToken", token);
        model.addAttribute("heldFiles", uploads.names(token));
        return review(model, form, request);
    }

    private String send(SignalForm form, BindingResult errors, @Nullable List<MultipartFile> files,
            @Nullable String token, Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (errors.hasErrors()) {
            return check(form, errors, token, model, request);
        }
        model.addAttribute("uploadsToken", token);
        model.addAttribute("heldFiles", uploads.names(token));
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
            List<Upload> attached = new ArrayList<>(uploads.files(token));
            attached.addAll(SignalFormSupport.uploads(files));
            Receipt receipt = intake.receivePublic(form, attached);
            uploads.forget(token);
            // Post/Redirect/Get without a cookie: the receipt waits a few minutes behind a random handle.
            String handle = handles.receipts().hold(receipt.code(), null);
            return "redirect:" + IntakeHandles.withLanguage("/melden/ontvangen/" + handle, locale());
        } catch (AttachmentRejectedException e) {
            throttles.signalNotReceived(source);
            // The files go back to the reporter's upload page with the reason; the others are not kept.
            uploads.forget(token);
            return steps.invalid(model, form, SignalFormSupport.refusedFiles(form, e.messageKey(), e.filename()),
                    PublicStep.FILES, null);
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
