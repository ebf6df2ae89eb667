package nl.schakel.cases.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.cases.CaseCommands.EndParticipation;
import nl.schakel.cases.CaseCommands.Handover;
import nl.schakel.cases.CaseCommands.InterventionMove;
import nl.schakel.cases.CaseCommands.MilestoneMove;
import nl.schakel.cases.CaseCommands.NewIntervention;
import nl.schakel.cases.CaseCommands.NewLogEntry;
import nl.schakel.cases.CaseCommands.NewMilestone;
import nl.schakel.cases.CaseCommands.NewParticipant;
import nl.schakel.cases.CaseCommands.StatusMove;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseMeetings;
import nl.schakel.cases.CasePlan;
import nl.schakel.cases.CaseProgress;
import nl.schakel.cases.CaseRefusedException;
import nl.schakel.cases.CaseTeam;
import nl.schakel.cases.CaseTransitionRefusedException;
import nl.schakel.cases.web.CasePage.Tab;
import nl.schakel.forms.FormErrors;
import nl.schakel.meetings.MeetingNotFoundException;
import nl.schakel.meetings.MeetingRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The steps on a case page. Each answers 303 back to its tab, or shows the tab again with the form and its errors
 * (422); a move the state machine refuses answers 409.
 */
@Controller
@RequestMapping("/casussen/{id}")
@PreAuthorize("hasAnyRole('DESIGNATED_OFFICER', 'CARE_COORDINATOR', 'REPORTING_CENTRE', 'POLICE', "
        + "'LABOUR_INSPECTORATE', 'CARE_PROVIDER')")
class CaseActionsController {

    private final CaseTeam team;
    private final CasePlan plan;
    private final CaseProgress progress;
    private final CaseMeetings meetings;
    private final CasePage page;

    CaseActionsController(CaseTeam team, CasePlan plan, CaseProgress progress, CaseMeetings meetings,
            CasePage page) {
        this.meetings = meetings;
        this.team = team;
        this.plan = plan;
        this.progress = progress;
        this.page = page;
    }

    @PostMapping("/status")
    String status(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("statusForm") StatusMove form, BindingResult errors, Model model) {
        return step(user, id, Tab.OVERVIEW, errors, model, () -> progress.move(user, new CaseId(id), form));
    }

    @PostMapping("/overdracht/antwoord")
    String answerHandover(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("handoverAnswer") CaseForms.HandoverAnswer form, BindingResult errors,
            Model model) {
        return step(user, id, Tab.OVERVIEW, errors, model, () -> {
            if (Boolean.TRUE.equals(form.accept())) {
                team.acceptHandover(user, new CaseId(id));
            } else {
                team.withdrawHandover(user, new CaseId(id));
            }
        });
    }

    @PostMapping("/deelnemers")
    String addParticipant(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("participantForm") NewParticipant form, BindingResult errors, Model model) {
        return step(user, id, Tab.PARTICIPANTS, errors, model, () -> team.add(user, new CaseId(id), form));
    }

    @PostMapping("/deelnemers/beeindigen")
    String endParticipant(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("endForm") EndParticipation form, BindingResult errors, Model model) {
        return step(user, id, Tab.PARTICIPANTS, errors, model, () -> team.end(user, new CaseId(id), form));
    }

    @PostMapping("/overdracht")
    String proposeHandover(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("handoverForm") Handover form, BindingResult errors, Model model) {
        return step(user, id, Tab.PARTICIPANTS, errors, model,
                () -> team.proposeHandover(user, new CaseId(id), form));
    }

    @PostMapping("/mijlpalen")
    String addMilestone(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("milestoneForm") NewMilestone form, BindingResult errors, Model model) {
        return step(user, id, Tab.MILESTONES, errors, model, () -> plan.addMilestone(user, new CaseId(id), form));
    }

    @PostMapping("/mijlpalen/status")
    String moveMilestone(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("milestoneMove") MilestoneMove form, BindingResult errors, Model model) {
        return step(user, id, Tab.MILESTONES, errors, model, () -> plan.moveMilestone(user, new CaseId(id), form));
    }

    @PostMapping("/interventies")
    String addIntervention(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("interventionForm") NewIntervention form, BindingResult errors, Model model) {
        return step(user, id, Tab.INTERVENTIONS, errors, model,
                () -> plan.addIntervention(user, new CaseId(id), form));
    }

    @PostMapping("/interventies/{interventionId}")
    String moveIntervention(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @PathVariable UUID interventionId, @Valid @ModelAttribute("moveForm") InterventionMove form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                plan.moveIntervention(user, new CaseId(id), interventionId, form);
                return "redirect:/casussen/" + id + "/interventies/" + interventionId;
            } catch (CaseRefusedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        page.show(user, id, Tab.INTERVENTIONS, model);
        model.addAttribute("intervention", plan.intervention((nl.schakel.cases.CaseView) model.getAttribute("case"),
                interventionId).orElseThrow(nl.schakel.cases.CaseNotFoundException::new));
        return "cases/intervention";
    }

    @PostMapping("/overleg")
    String toMeeting(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("meetingForm") CaseForms.ToMeeting form, BindingResult errors, Model model) {
        return step(user, id, Tab.OVERVIEW, errors, model, () -> {
            try {
                meetings.toMeeting(user, new CaseId(id), java.util.Objects.requireNonNull(form.meeting()));
            } catch (MeetingRefusedException refused) {
                // A trends-only table or a closed agenda: the form says why (422), as any refused field.
                throw new CaseRefusedException("meeting", refused.messageKey());
            } catch (MeetingNotFoundException unknown) {
                throw new CaseRefusedException("meeting", "cases.meeting.required");
            }
        });
    }

    @PostMapping("/logboek")
    String write(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("logForm") NewLogEntry form, BindingResult errors, Model model) {
        return step(user, id, Tab.LOG, errors, model, () -> progress.write(user, new CaseId(id), form));
    }

    @ExceptionHandler(CaseTransitionRefusedException.class)
    String refused(CaseTransitionRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("from", e.from());
        model.addAttribute("to", e.to());
        return "cases/refused";
    }

    private String step(SchakelUser user, UUID id, Tab tab, BindingResult errors, Model model, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                return "redirect:/casussen/" + id + "/" + tab.path();
            } catch (CaseRefusedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        return page.show(user, id, tab, model);
    }
}
