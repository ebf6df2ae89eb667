package nl.schakel.administration.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.OidcSettings;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UnknownUserException;
import nl.schakel.access.UserAdministration;
import nl.schakel.access.UserAdministrationException;
import nl.schakel.access.UserId;
import nl.schakel.access.UserSummary;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * An organisation's own OpenID Connect provider (issuer, client id, secret, password login off) and the one-time link
 * of a user to the subject that provider knows them by. Within the administrator's region; audited by access.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class OidcAdminController {

    private static final String PROVIDER_PAGE = "admin/organisation-oidc";
    private static final String SUBJECT_PAGE = "admin/user-oidc";

    private final OidcSettings oidc;
    private final Organisations organisations;
    private final UserAdministration users;

    OidcAdminController(OidcSettings oidc, Organisations organisations, UserAdministration users) {
        this.oidc = oidc;
        this.organisations = organisations;
        this.users = users;
    }

    @GetMapping("/admin/organisations/{id}/oidc")
    String providerForm(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, Model model) {
        Organisation organisation = organisation(admin, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", oidc.find(id)
                .map(p -> new OidcForms.ProviderForm(p.issuer(), p.clientId(), "", p.oidcOnly(), p.requireMfa(),
                        p.mfaAcr()))
                .orElse(new OidcForms.ProviderForm("", "", "", false, true, "")));
        model.addAttribute("configured", oidc.find(id).isPresent());
        return PROVIDER_PAGE;
    }

    @PostMapping("/admin/organisations/{id}/oidc")
    String configure(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id,
            @Valid @ModelAttribute("form") OidcForms.ProviderForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Organisation organisation = organisation(admin, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("configured", oidc.find(id).isPresent());
        if (!errors.hasErrors()) {
            try {
                oidc.configure(region(admin), id, form.issuer(), form.clientId(), form.clientSecret(), form.oidcOnly(),
                        new OidcSettings.Mfa(form.requireMfa(), form.mfaAcr()));
                redirect.addFlashAttribute("notice", "admin.oidc.saved");
                redirect.addFlashAttribute("noticeArgument", organisation.name());
                return "redirect:/admin/organisations";
            } catch (UserAdministrationException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return PROVIDER_PAGE;
    }

    @GetMapping("/admin/users/{id}/oidc")
    String subjectForm(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, Model model) {
        UserSummary user = user(admin, id);
        model.addAttribute("user", user);
        model.addAttribute("form", new OidcForms.SubjectForm(oidc.subjectOf(user.id()).orElse("")));
        return SUBJECT_PAGE;
    }

    @PostMapping("/admin/users/{id}/oidc")
    String link(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id,
            @Valid @ModelAttribute("form") OidcForms.SubjectForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UserSummary user = user(admin, id);
        model.addAttribute("user", user);
        if (!errors.hasErrors()) {
            try {
                oidc.linkSubject(region(admin), user.id(), form.subject());
                redirect.addFlashAttribute("notice", "admin.oidc.linked");
                redirect.addFlashAttribute("noticeArgument", user.displayName());
                return "redirect:/admin/users";
            } catch (UserAdministrationException e) {
                errors.rejectValue("subject", e.messageKey());
            }
        }
        return SUBJECT_PAGE;
    }

    @ExceptionHandler(UnknownUserException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }

    private Organisation organisation(SchakelUser admin, UUID id) {
        return organisations.find(new OrganisationId(id)).filter(o -> o.regionId().equals(region(admin)))
                .orElseThrow(UnknownUserException::new);
    }

    private UserSummary user(SchakelUser admin, UUID id) {
        return users.find(region(admin), new UserId(id)).orElseThrow(UnknownUserException::new);
    }

    private static RegionId region(SchakelUser admin) {
        return new RegionId(admin.regionId());
    }
}
