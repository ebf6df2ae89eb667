package nl.schakel.intake.web;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.intake.CosignMoveRefusedException;
import nl.schakel.intake.CosignState;
import nl.schakel.intake.Cosigning;
import nl.schakel.intake.web.CosignForms.QuestionForm;
import nl.schakel.signal.SignalId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's part of route step 1 (decision 0034): what waits for their co-signature at {@code /ondertekenen},
 * reading a signal, co-signing it (it then reaches the designated officer) or sending it back with a question.
 * Only their own organisation's signals exist for them (404 otherwise).
 */
@Controller
class CosignController {

    private static final String LIST = "/ondertekenen";

    private final Cosigning cosigning;
    private final SignalCopy copy;

    CosignController(Cosigning cosigning, SignalCopy copy) {
        this.cosigning = cosigning;
        this.copy = copy;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal SchakelUser manager, Model model) {
        List<Cosigning.Waiting> items = cosigning.waitingFor(manager);
        long waiting = items.stream().filter(i -> i.cosignature().state() == CosignState.WAITING).count();
        model.addAttribute("items", items);
        model.addAttribute("waiting", waiting);
        model.addAttribute("returned", items.size() - waiting);
        return "intake/cosign-list";
    }

    @GetMapping(LIST + "/{id}")
    String show(@AuthenticationPrincipal SchakelUser manager, @PathVariable UUID id, Model model) {
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", QuestionForm.empty());
        }
        return page(manager, id, model);
    }

    @PostMapping(LIST + "/{id}/ondertekenen")
    String cosign(@AuthenticationPrincipal SchakelUser manager, @PathVariable UUID id, RedirectAttributes redirect) {
        cosigning.cosign(manager, new SignalId(id));
        redirect.addFlashAttribute("notice", "cosign.done");
        return "redirect:" + LIST;
    }

    @PostMapping(LIST + "/{id}/terugsturen")
    String sendBack(@AuthenticationPrincipal SchakelUser manager, @PathVariable UUID id,
            @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(manager, id, model); // 422 with the question kept (RefusedFormStatus)
        }
        cosigning.sendBack(manager, new SignalId(id), form.question());
        redirect.addFlashAttribute("notice", "cosign.returned");
        return "redirect:" + LIST;
    }

    private String page(SchakelUser manager, UUID id, Model model) {
        Cosigning.ForManager shown = cosigning.show(manager, new SignalId(id)).orElseThrow();
        model.addAttribute("item", shown);
        copy.addTo(model, shown.signal());
        return "intake/cosign";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(CosignMoveRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(CosignMoveRefusedException e, Model model) {
        model.addAttribute("from", e.from());
        return "intake/cosign-refused";
    }
}
