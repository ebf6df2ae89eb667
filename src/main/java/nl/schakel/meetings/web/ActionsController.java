package nl.schakel.meetings.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.meetings.MeetingActions;
import nl.schakel.meetings.web.MeetingForms.DoneForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn acties": the actions given to the person in meetings, open and overdue first, marked done here. */
@Controller
class ActionsController {

    private final MeetingActions actions;

    ActionsController(MeetingActions actions) {
        this.actions = actions;
    }

    @GetMapping("/overleggen/acties")
    String mine(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("actions", actions.mine(user));
        if (!model.containsAttribute("doneForm")) {
            model.addAttribute("doneForm", new DoneForm(true));
        }
        return "meetings/actions";
    }

    @PostMapping("/overleggen/acties/{action}/klaar")
    String done(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID action,
            @Valid @ModelAttribute("doneForm") DoneForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return mine(user, model);
        }
        actions.done(user, action);
        redirect.addFlashAttribute("notice", "meetings.action.done");
        return "redirect:/overleggen/acties";
    }
}
