package nl.schakel.intake.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.ShownOnce;
import nl.schakel.intake.ReporterContact;
import nl.schakel.intake.RevealedReporter;
import nl.schakel.intake.web.ReplyForms.MessageForm;
import nl.schakel.intake.web.ReplyForms.RevealForm;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The designated officer and the reporter of a signal: messages, and revealing who reported. The signal page
 * itself is the signal module's ({@code signal.web.SignalController}).
 */
@Controller
@RequestMapping("/signalen")
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class OfficerController {

    private final ReporterContact contact;
    private final SignalPage page;
    private final ShownOnce shownOnce;

    OfficerController(ReporterContact contact, SignalPage page, ShownOnce shownOnce) {
        this.contact = contact;
        this.page = page;
        this.shownOnce = shownOnce;
    }

    @PostMapping("/{id}/bericht")
    String message(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("messageForm") MessageForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.show(officer, new SignalId(id), model);
        }
        if (!contact.messageReporter(officer, new SignalId(id), form.body().strip())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "signal.message.sent");
        return "redirect:/signalen/" + id;
    }

    /**
     * Shows who reported, once, on the signal page after the redirect: held in memory for that one page, only a
     * handle in the session; a reload shows the page without it and reveals nothing again (decision 0013).
     */
    @PostMapping("/{id}/melder")
    String revealReporter(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("revealForm") RevealForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        SignalId signal = new SignalId(id);
        if (errors.hasErrors()) {
            return page.show(officer, signal, model);
        }
        // Audited either way (a refusal as DENIED); no page is built here, so no second SIGNAL_VIEWED.
        Optional<RevealedReporter> revealed = contact.revealReporter(officer, signal, form.reason());
        if (revealed.isEmpty() && !contact.mayHandle(officer, signal)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> shown = new HashMap<>();
        shown.put("revealed", true);
        revealed.ifPresent(reporter -> {
            if (reporter.destroyed()) {
                shown.put("reporterDestroyed", true);
            } else {
                shown.put("reporter", reporter.identity());
            }
        });
        shownOnce.hold(redirect, shown);
        return "redirect:/signalen/" + id;
    }
}
