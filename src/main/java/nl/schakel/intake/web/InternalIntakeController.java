package nl.schakel.intake.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.attachments.AttachmentRejectedException;
import nl.schakel.intake.Cosignature;
import nl.schakel.intake.Cosigning;
import nl.schakel.intake.FollowUpView;
import nl.schakel.intake.ReporterFollowUp;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.forms.FormErrors;
import nl.schakel.intake.web.CosignForms.AnswerForm;
import nl.schakel.intake.web.ReplyForms.ReplyForm;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For logged-in professionals: report a signal (the identity comes from the account and is sealed),
 * optionally after discussing it with a manager (route step 1), and follow up on "my signals".
 */
@Controller
class InternalIntakeController {

    private final SignalIntake intake;
    private final ReporterFollowUp followUp;
    private final SignalFormSupport support;
    private final UserDirectory directory;
    private final Cosigning cosigning;
    private final SignalCopy copy;

    InternalIntakeController(SignalIntake intake, ReporterFollowUp followUp, SignalFormSupport support,
            UserDirectory directory, Cosigning cosigning, SignalCopy copy) {
        this.cosigning = cosigning;
        this.copy = copy;
        this.intake = intake;
        this.followUp = followUp;
        this.support = support;
        this.directory = directory;
    }

    @ModelAttribute
    void internalPage(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("internal", true);
        Map<String, String> managers = new LinkedHashMap<>();
        directory.activeWithRole(user.organisationId(), Role.MANAGER).stream().filter(m -> !m.id().equals(user.id()))
                .forEach(m -> managers.put(m.id().value().toString(), m.displayName()));
        model.addAttribute("managerChoices", managers);
    }

    @GetMapping("/signalen/nieuw")
    String start(Model model) {
        return support.form(model, SignalForm.empty(false));
    }

    @PostMapping("/signalen/nieuw")
    String submit(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") SignalForm form,
            BindingResult errors, @RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
            RedirectAttributes redirect) throws IOException {
        // The account is the identity: the public form's "stay anonymous or give details" does not apply.
        SignalForm named = form.asNamedReporter(user.displayName(), user.organisationName());
        return switch (form.step()) {
            case SignalForm.ADD, SignalForm.EDIT -> support.form(model, named);
            case SignalForm.SEND -> send(user, named, errors, files, model, redirect);
            default -> errors.hasErrors() ? support.invalid(model, form, errors) : support.review(model, named);
        };
    }

    @GetMapping("/signalen/mijn")
    String mySignals(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("signals", followUp.mySignals(user));
        model.addAttribute("cosignStates", cosigning.statesOfMine(user));
        return "intake/my-signals";
    }

    @GetMapping("/signalen/mijn/{id}")
    String mySignal(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("replyForm", ReplyForm.empty());
        model.addAttribute("answerForm", AnswerForm.empty());
        return mySignalPage(user, id, model);
    }

    /** The reporter answers the manager's question (route step 1); the signal waits for the manager again. */
    @PostMapping("/signalen/mijn/{id}/antwoord")
    String answer(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("replyForm", ReplyForm.empty());
            return mySignalPage(user, id, model);
        }
        if (!cosigning.answer(user, new SignalId(id), form.answer())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "cosign.answer.sent");
        return "redirect:/signalen/mijn/" + id;
    }

    /** The status, the conversation, step 1 if it applies, and a read-only copy of what was reported. */
    private String mySignalPage(SchakelUser user, UUID id, Model model) {
        model.addAttribute("view", mine(user, id));
        Optional<Cosignature> cosignature = cosigning.ofMine(user, new SignalId(id));
        model.addAttribute("cosignature", cosignature.orElse(null));
        followUp.myCopy(user, new SignalId(id)).ifPresent(signal -> copy.addTo(model, signal));
        return "intake/my-signal";
    }

    @PostMapping("/signalen/mijn/{id}/reactie")
    String reply(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        mine(user, id);
        if (cosigning.ofMine(user, new SignalId(id)).filter(c -> c.state().isOpen()).isPresent()) {
            // Not with the officer yet: a message would reach nobody (route step 1, decision 0034).
            FormErrors.refuse(errors, "reply", "cosign.reply.notYet");
        }
        if (errors.hasErrors()) {
            model.addAttribute("answerForm", AnswerForm.empty());
            return mySignalPage(user, id, model);
        }
        followUp.replyAsReporter(user, new SignalId(id), form.reply().strip());
        redirect.addFlashAttribute("notice", "followUp.reply.sent");
        return "redirect:/signalen/mijn/" + id;
    }

    private String send(SchakelUser user, SignalForm form, BindingResult errors,
            @Nullable List<MultipartFile> files, Model model, RedirectAttributes redirect) throws IOException {
        if (errors.hasErrors()) {
            return support.invalid(model, form, errors);
        }
        try {
            UUID manager = form.discussedWithManager() ? form.managerId() : null;
            intake.receiveInternal(user, form, SignalFormSupport.uploads(files), manager);
        } catch (AttachmentRejectedException e) {
            return support.attachmentRefused(model, form, e.messageKey(), e.filename());
        }
        redirect.addFlashAttribute("notice", "intake.sent.internal");
        return "redirect:/signalen/mijn";
    }

    private FollowUpView mine(SchakelUser user, UUID id) {
        return followUp.mySignal(user, new SignalId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
