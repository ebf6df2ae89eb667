package nl.schakel.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.cases.CaseCommands.NewCase;
import nl.schakel.cases.CaseEnums;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseNotFoundException;
import nl.schakel.cases.CaseOpening;
import nl.schakel.cases.CasePlan;
import nl.schakel.cases.CaseRefusedException;
import nl.schakel.cases.CaseView;
import nl.schakel.cases.Cases;
import nl.schakel.cases.web.CasePage.Tab;
import nl.schakel.forms.FormErrors;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.Signals;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn casussen", opening a case ("Casus maken") and the case page with its tabs. */
@Controller
@RequestMapping("/casussen")
@PreAuthorize("hasAnyRole('DESIGNATED_OFFICER', 'CARE_COORDINATOR', 'REPORTING_CENTRE', 'POLICE', "
        + "'LABOUR_INSPECTORATE', 'CARE_PROVIDER')")
class CaseController {

    private final Cases cases;
    private final CasePlan plan;
    private final CaseOpening opening;
    private final CasePage page;
    private final Signals signals;

    CaseController(Cases cases, CasePlan plan, CaseOpening opening, CasePage page, Signals signals) {
        this.cases = cases;
        this.plan = plan;
        this.opening = opening;
        this.page = page;
        this.signals = signals;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser user, Model model) {
        List<CaseView> mine = cases.list(CasePage.viewer(user));
        model.addAttribute("cases", mine);
        model.addAttribute("milestones", plan.openMilestones(CasePage.viewer(user)));
        model.addAttribute("mayOpen", user.hasRole(nl.schakel.access.Role.DESIGNATED_OFFICER));
        return "cases/list";
    }

    @GetMapping("/nieuw")
    @PreAuthorize("hasRole('DESIGNATED_OFFICER')")
    String form(@AuthenticationPrincipal SchakelUser user,
            @RequestParam(name = "signaal", required = false) @Nullable List<UUID> signalIds, Model model) {
        List<UUID> ids = opening.mergeable(user, signalIds == null ? List.of() : signalIds).stream()
                .map(SignalId::value).toList();
        if (signalIds != null && !signalIds.isEmpty() && ids.isEmpty()) {
            throw new CaseNotFoundException();
        }
        return showForm(user, model, new NewCase(null, null, null, null, CaseEnums.EscalationLevel.LOCAL, null,
                new ArrayList<>(ids)));
    }

    @PostMapping
    @PreAuthorize("hasRole('DESIGNATED_OFFICER')")
    String create(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("caseForm") NewCase form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                CaseId id = opening.open(user, form);
                return "redirect:/casussen/" + id;
            } catch (CaseRefusedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        return showForm(user, model, form);
    }

    @GetMapping("/{id}")
    String overview(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        return page.show(user, id, Tab.OVERVIEW, model);
    }

    @GetMapping("/{id}/{tab:[a-z]+}")
    String tab(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, @PathVariable String tab,
            Model model) {
        return page.show(user, id, Tab.of(tab).orElseThrow(CaseNotFoundException::new), model);
    }

    @GetMapping("/{id}/interventies/{interventionId}")
    String intervention(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @PathVariable UUID interventionId, Model model) {
        page.show(user, id, Tab.INTERVENTIONS, model);
        CaseView view = (CaseView) model.getAttribute("case");
        nl.schakel.cases.CaseParts.Intervention intervention = plan.intervention(view, interventionId)
                .orElseThrow(CaseNotFoundException::new);
        model.addAttribute("intervention", intervention);
        model.addAttribute("moveForm", new nl.schakel.cases.CaseCommands.InterventionMove(null, null, null,
                intervention.objectionPending()));
        return "cases/intervention";
    }

    private String showForm(SchakelUser user, Model model, NewCase form) {
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", form);
        }
        List<UUID> ids = form.signalIds() == null ? List.of() : form.signalIds();
        // Only the officer's own mergeable signals are shown, whatever ids a resent form carries.
        model.addAttribute("signals", signals.summaries(opening.mergeable(user, ids)));
        model.addAttribute("focuses", CaseEnums.Focus.values());
        model.addAttribute("levels", CaseEnums.EscalationLevel.values());
        model.addAttribute("flagOptions", CaseEnums.Flag.values());
        return "cases/new";
    }
}
