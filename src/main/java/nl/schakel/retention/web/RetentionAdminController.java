package nl.schakel.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.forms.FormErrors;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.RetentionAction;
import nl.schakel.retention.SourceDateRule;
import nl.schakel.retention.internal.Holds;
import nl.schakel.retention.internal.Policies;
import nl.schakel.retention.internal.PolicyPreview;
import nl.schakel.retention.internal.RetentionPlan;
import nl.schakel.retention.internal.RetentionRefusedException;
import nl.schakel.retention.web.RetentionForms.HoldForm;
import nl.schakel.retention.web.RetentionForms.PolicyForm;
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

/**
 * The administrator's retention policies ({@code /beheer/bewaartermijnen}): every version, a new version with a
 * preview first ({@code GET …/voorbeeld}) and then its confirmation (303), the manual holds (police or OM requests),
 * and the dry run ({@code GET …/proefdraai}): what the nightly job would do today.
 */
@Controller
@RequestMapping("/beheer/bewaartermijnen")
@PreAuthorize("hasRole('ADMIN')")
class RetentionAdminController {

    private static final String VIEW = "retention/policies";
    private static final String PURPOSE = "RETENTION";

    private final Policies policies;
    private final PolicyPreview preview;
    private final Holds holds;
    private final RetentionPlan plan;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionAdminController(Policies policies, PolicyPreview preview, Holds holds, RetentionPlan plan,
            AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.preview = preview;
        this.holds = holds;
        this.plan = plan;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        audit.record(new AuditEvent("RETENTION_POLICIES_VIEWED", "RETENTION_POLICY", null, PURPOSE,
                nl.schakel.audit.Outcome.SUCCESS));
        return show(model);
    }

    /** The preview: what the version would do, with the confirmation carrying the same values. */
    @GetMapping("/voorbeeld")
    String preview(@Valid @ModelAttribute("policyForm") PolicyForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            model.addAttribute("preview", preview.of(form.change()));
        }
        return show(model);
    }

    @PostMapping
    String confirm(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("policyForm") PolicyForm form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                UUID id = policies.addVersion(form.change(), admin.userId());
                audit.record(AuditEvent.success("RETENTION_POLICY_VERSION_ADDED", "RETENTION_POLICY", id, PURPOSE));
                return "redirect:/beheer/bewaartermijnen";
            } catch (RetentionRefusedException e) {
                FormErrors.refuse(errors, "effectiveFrom", e.getMessage());
            }
        }
        return show(model);
    }

    @PostMapping("/bewaarverzoeken")
    String hold(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("holdForm") HoldForm form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return show(model);
        }
        holds.place(java.util.Objects.requireNonNull(form.type()), java.util.Objects.requireNonNull(form.recordId()),
                java.util.Objects.requireNonNull(form.reason()), java.util.Objects.requireNonNull(form.reference()),
                admin.userId());
        return "redirect:/beheer/bewaartermijnen";
    }

    @PostMapping("/bewaarverzoeken/{id}/opheffen")
    String lift(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id) {
        holds.lift(id, admin.userId());
        return "redirect:/beheer/bewaartermijnen";
    }

    @GetMapping("/proefdraai")
    String dryRun(Model model) {
        audit.record(new AuditEvent("RETENTION_DRY_RUN", "RETENTION_POLICY", null, PURPOSE,
                nl.schakel.audit.Outcome.SUCCESS));
        model.addAttribute("planned", plan.dueOn(LocalDate.now(clock)));
        return "retention/dry-run";
    }

    private String show(Model model) {
        model.addAttribute("policies", policies.all());
        model.addAttribute("holds", holds.active());
        model.addAttribute("types", RecordType.values());
        model.addAttribute("outcomes", plan.outcomes());
        model.addAttribute("rules", SourceDateRule.values());
        model.addAttribute("actions", RetentionAction.values());
        if (!model.containsAttribute("policyForm")) {
            model.addAttribute("policyForm", PolicyForm.blank());
        }
        if (!model.containsAttribute("holdForm")) {
            model.addAttribute("holdForm", HoldForm.blank());
        }
        return VIEW;
    }
}
