package nl.schakel.meetings.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.meetings.AgendaDecisionTaken;
import nl.schakel.meetings.Agendas;
import nl.schakel.meetings.DecisionKind;
import nl.schakel.meetings.MeetingActions;
import nl.schakel.meetings.MeetingRefusedException;
import nl.schakel.meetings.web.MeetingForms.ActionForm;
import nl.schakel.meetings.web.MeetingForms.DecisionForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Conduct mode: per item one decision (one click; routing to a partner is choose-and-click) and any number of actions.
 * A decision to route opens the routing form with the partner chosen; to open a case, the case form.
 */
@Controller
class ConductController {

    private final Agendas agendas;
    private final MeetingActions actions;
    private final MeetingPage page;

    ConductController(Agendas agendas, MeetingActions actions, MeetingPage page) {
        this.agendas = agendas;
        this.actions = actions;
        this.page = page;
    }

    @PostMapping("/overleggen/{id}/punten/{item}/besluit")
    String decide(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, @PathVariable UUID item,
            @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors() && form.decision() == DecisionKind.ROUTE && form.partner() == null) {
            FormErrors.refuse(errors, "partner", "meetings.problem.partner");
        }
        if (!errors.hasErrors()) {
            try {
                AgendaDecisionTaken taken = agendas.decide(user, id, item, form.decision(), form.partner());
                redirect.addFlashAttribute("notice", "meetings.decision.taken");
                return next(user, id, taken);
            } catch (MeetingRefusedException refused) {
                FormErrors.refuse(errors, null, refused.messageKey());
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return page.again(user, id, model, "decisionForm", form, errors);
    }

    @PostMapping("/overleggen/{id}/acties")
    String addAction(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                actions.add(user, id, form.item(), form.description().strip(), form.owner(), form.dueOn());
                redirect.addFlashAttribute("notice", "meetings.action.added");
                return "redirect:/overleggen/" + id;
            } catch (MeetingRefusedException refused) {
                FormErrors.refuse(errors, "owner", refused.messageKey());
            }
        }
        return page.again(user, id, model, "actionForm", form, errors);
    }

    /** Where the decision leads: the routing form with the partner chosen, the case form, or back to the meeting. */
    private static String next(SchakelUser user, UUID meeting, AgendaDecisionTaken taken) {
        if (taken.signalId() != null && user.hasRole(Role.DESIGNATED_OFFICER)) {
            if (taken.decision() == DecisionKind.ROUTE && taken.partnerOrganisationId() != null) {
                return "redirect:/signalen/" + taken.signalId() + "/doorzetten?partner=" + taken.partnerOrganisationId();
            }
            if (taken.decision() == DecisionKind.OPEN_CASE) {
                return "redirect:/casussen/nieuw?signaal=" + taken.signalId();
            }
        }
        return "redirect:/overleggen/" + meeting;
    }
}
