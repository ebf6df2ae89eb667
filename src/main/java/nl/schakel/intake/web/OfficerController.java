package nl.schakel.intake.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.ShownOnce;
import nl.schakel.intake.ReporterContact;
import nl.schakel.intake.internal.ReporterIdentity;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    String message(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, @RequestParam String body,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > 5000) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("messageBody", body);
            model.addAttribute("messageProblem", text.isEmpty() ? "signal.message.required" : "signal.message.tooLong");
            return page.show(officer, new SignalId(id), model);
        }
        if (!contact.messageReporter(officer, new SignalId(id), text)) {
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
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        SignalId signal = new SignalId(id);
        if (reason.isBlank() || reason.length() > 500) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("revealProblem", reason.isBlank() ? "signal.reveal.reasonRequired"
                    : "signal.reveal.reasonTooLong");
            return page.show(officer, signal, model);
        }
        page.show(officer, signal, model);
        Optional<ReporterIdentity> identity = contact.revealReporter(officer, signal, reason);
        Map<String, Object> shown = new HashMap<>();
        shown.put("revealed", true);
        identity.ifPresent(reporter -> shown.put("reporter", reporter));
        shownOnce.hold(redirect, shown);
        return "redirect:/signalen/" + id;
    }
}
