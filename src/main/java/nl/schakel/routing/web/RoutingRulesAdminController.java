package nl.schakel.routing.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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

    /** The new-rule form; target is {@code org:<id>} or {@code type:<organisation type>}. */
    public record RuleForm(@NotNull(message = "{routing.rule.fact.required}") @Nullable RoutingFact fact,
            @NotBlank(message = "{routing.rule.target.required}")
            @Pattern(regexp = "org:[0-9a-fA-F-]{36}|type:[A-Z_]{1,40}", message = "{routing.rule.target.required}")
            @Nullable String target,
            @Nullable Department department) {

        static RuleForm empty() {
            return new RuleForm(null, null, null);
        }

        @Nullable UUID organisation() {
            return target != null && target.startsWith("org:") ? UUID.fromString(target.substring(4)) : null;
        }

        @Nullable OrganisationType type() {
            return target != null && target.startsWith("type:") ? OrganisationType.valueOf(target.substring(5)) : null;
        }
    }

    /** A partner's default feedback days; the range is the service's rule. */
    public record DaysForm(@NotNull(message = "{routing.rule.target.required}") @Nullable UUID organisationId,
            @NotBlank(message = "{routing.days.range}") @Pattern(regexp = "[0-9]{1,3}", message = "{routing.days.range}")
            @Nullable String days) {

        static DaysForm empty() {
            return new DaysForm(null, null);
        }
    }

    @GetMapping
    String page(@AuthenticationPrincipal SchakelUser admin, Model model) {
        return show(admin, model, RuleForm.empty(), DaysForm.empty());
    }

    @PostMapping
    String add(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("ruleForm") RuleForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OrganisationType type = form.type();
                administration.addRule(admin, form.fact(), form.organisation(), type,
                        type == null ? null : form.department());
            } catch (ReferralRejectedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            } catch (IllegalArgumentException e) {
                FormErrors.refuse(errors, "target", "routing.rule.target.required");
            }
        }
        if (errors.hasErrors()) {
            return show(admin, model, form, DaysForm.empty());
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
    String days(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("daysForm") DaysForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                administration.setFeedbackDays(admin, form.organisationId(), Integer.parseInt(form.days()));
            } catch (ReferralRejectedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        if (errors.hasErrors()) {
            return show(admin, model, RuleForm.empty(), form);
        }
        redirect.addFlashAttribute("notice", "routing.days.saved");
        return "redirect:/admin/doorzetregels";
    }

    private String show(SchakelUser admin, Model model, RuleForm form, DaysForm days) {
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
        model.addAttribute("daysForm", days);
        return PAGE;
    }
}
