package nl.schakel.routing.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.SchakelUser;
import nl.schakel.organisations.Department;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.routing.ReferralRejectedException;
import nl.schakel.routing.RoutingAdministration;
import nl.schakel.routing.RoutingFact;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The region's routing rules and partners' default feedback days (/admin/doorzetregels). */
@Controller
@RequestMapping("/admin/doorzetregels")
@PreAuthorize("hasRole('ADMIN')")
class RoutingRulesAdminController {

    private static final String PAGE = "routing/admin-rules";

    private final RoutingAdministration administration;

    RoutingRulesAdminController(RoutingAdministration administration) {
        this.administration = administration;
    }

    /** What was typed into the new-rule form, kept when it is refused. */
    public record RuleForm(@Nullable RoutingFact fact, @Nullable String target, @Nullable Department department) {
    }

    @GetMapping
    String page(@AuthenticationPrincipal SchakelUser admin, Model model) {
        return show(admin, model, new RuleForm(null, null, null));
    }

    @PostMapping
    String add(@AuthenticationPrincipal SchakelUser admin, @RequestParam(required = false) @Nullable RoutingFact fact,
            @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable Department department, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        RuleForm form = new RuleForm(fact, target, department);
        try {
            if (fact == null) {
                throw new ReferralRejectedException("fact", "routing.rule.fact.required");
            }
            UUID organisation = null;
            OrganisationType type = null;
            if (target != null && target.startsWith("org:")) {
                organisation = UUID.fromString(target.substring(4));
            } else if (target != null && target.startsWith("type:")) {
                type = OrganisationType.valueOf(target.substring(5));
            }
            administration.addRule(admin, fact, organisation, type, type == null ? null : department);
        } catch (ReferralRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("ruleProblem", e.messageKey());
            return show(admin, model, form);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("ruleProblem", "routing.rule.target.required");
            return show(admin, model, form);
        }
        redirect.addFlashAttribute("notice", "routing.rule.added");
        return "redirect:/admin/doorzetregels";
    }

    @PostMapping("/{id}/deactiveren")
    String deactivate(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!administration.deactivateRule(admin, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "routing.rule.deactivated");
        return "redirect:/admin/doorzetregels";
    }

    @PostMapping("/termijnen")
    String days(@AuthenticationPrincipal SchakelUser admin, @RequestParam UUID organisationId,
            @RequestParam(defaultValue = "") String days, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            administration.setFeedbackDays(admin, organisationId, parse(days));
        } catch (ReferralRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("daysProblem", e.messageKey());
            model.addAttribute("daysOrganisation", organisationId);
            model.addAttribute("daysText", days);
            return show(admin, model, new RuleForm(null, null, null));
        }
        redirect.addFlashAttribute("notice", "routing.days.saved");
        return "redirect:/admin/doorzetregels";
    }

    private String show(SchakelUser admin, Model model, RuleForm form) {
        model.addAttribute("rules", administration.rules(admin));
        var organisations = administration.organisations(admin);
        model.addAttribute("organisations", organisations);
        model.addAttribute("orgNames", organisations.stream().collect(java.util.stream.Collectors.toMap(
                o -> o.id().value(), o -> o.name())));
        model.addAttribute("configuredDays", administration.configuredDays());
        model.addAttribute("administration", administration);
        model.addAttribute("facts", RoutingFact.values());
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("departments", Department.values());
        model.addAttribute("ruleForm", form);
        return PAGE;
    }

    private static int parse(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new ReferralRejectedException("days", "routing.days.range");
        }
    }
}
