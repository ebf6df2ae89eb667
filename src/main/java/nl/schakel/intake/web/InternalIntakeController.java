package nl.schakel.intake.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.attachments.AttachmentRejectedException;
import nl.schakel.intake.FollowUpView;
import nl.schakel.intake.ReporterFollowUp;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
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

    InternalIntakeController(SignalIntake intake, ReporterFollowUp followUp, SignalFormSupport support,
            UserDirectory directory) {
        this.intake = intake;
        this.followUp = followUp;
        this.support = support;
        this.directory = directory;
    }

    @ModelAttribute
    void internalPage(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("internal", true);
        model.addAttribute("managers", directory.activeWithRole(user.organisationId(), Role.MANAGER).stream()
                .filter(m -> !m.id().equals(user.id())).toList());
    }

    @GetMapping("/signalen/nieuw")
    String start(Model model) {
        return support.form(model, SignalForm.empty(false));
    }

    @PostMapping("/signalen/nieuw")
    String submit(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") SignalForm form,
            BindingResult errors, @RequestParam(defaultValue = "review") String step,
            @RequestParam(required = false) @Nullable UUID managerId,
            @RequestParam(required = false) @Nullable List<MultipartFile> files, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        // The account is the identity: the public form's "stay anonymous or give details" does not apply.
        SignalForm named = form.asNamedReporter(user.displayName(), user.organisationName());
        model.addAttribute("managerId", managerId);
        return switch (step) {
            case "add", "edit" -> support.form(model, named);
            case "send" -> send(user, named, errors, managerId, files, model, response, redirect);
            default -> errors.hasErrors() ? support.invalid(model, form, errors) : support.review(model, named);
        };
    }

    @GetMapping("/signalen/mijn")
    String mySignals(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("signals", followUp.mySignals(user));
        return "intake/my-signals";
    }

    @GetMapping("/signalen/mijn/{id}")
    String mySignal(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("view", mine(user, id));
        return "intake/my-signal";
    }

    @PostMapping("/signalen/mijn/{id}/reactie")
    String reply(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, @RequestParam String reply,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FollowUpView view = mine(user, id);
        String text = reply.strip();
        if (text.isEmpty() || text.length() > 5000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", view);
            model.addAttribute("reply", reply);
            model.addAttribute("replyProblem", text.isEmpty() ? "followUp.reply.required" : "followUp.reply.tooLong");
            return "intake/my-signal";
        }
        followUp.replyAsReporter(user, new SignalId(id), text);
        redirect.addFlashAttribute("notice", "followUp.reply.sent");
        return "redirect:/signalen/mijn/" + id;
    }

    private String send(SchakelUser user, SignalForm form, BindingResult errors, @Nullable UUID managerId,
            @Nullable List<MultipartFile> files, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        if (errors.hasErrors()) {
            return support.invalid(model, form, errors);
        }
        try {
            UUID manager = form.discussedWithManager() ? managerId : null;
            intake.receiveInternal(user, form, SignalFormSupport.uploads(files), manager);
        } catch (AttachmentRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("attachmentProblem", e.messageKey());
            model.addAttribute("attachmentFile", e.filename());
            return support.review(model, form);
        }
        redirect.addFlashAttribute("notice", "intake.sent.internal");
        return "redirect:/signalen/mijn";
    }

    private FollowUpView mine(SchakelUser user, UUID id) {
        return followUp.mySignal(user, new SignalId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
