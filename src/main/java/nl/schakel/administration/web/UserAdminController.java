package nl.schakel.administration.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.forms.ShownOnce;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.TemporaryPassword;
import nl.schakel.access.UnknownUserException;
import nl.schakel.access.UserAdministration;
import nl.schakel.access.UserAdministrationException;
import nl.schakel.access.UserForm;
import nl.schakel.access.UserId;
import nl.schakel.access.UserSummary;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create, change, deactivate users and reset their passwords, within the administrator's region. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final String FORM = "admin/user-form";
    private static final String PASSWORD = "admin/user-password";

    private final UserAdministration users;
    private final Organisations organisations;
    private final ShownOnce shownOnce;

    UserAdminController(UserAdministration users, Organisations organisations, ShownOnce shownOnce) {
        this.shownOnce = shownOnce;
        this.users = users;
        this.organisations = organisations;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SchakelUser admin, Model model) {
        OrganisationChoices.addTo(model, organisations.inRegion(region(admin)));
        model.addAttribute("roles", Role.values());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser admin, Model model) {
        model.addAttribute("users", users.inRegion(region(admin)));
        return "admin/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UserForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("form") UserForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            UserAdministration.CreatedUser created = users.create(region(admin), form);
            return showPassword(redirect, form.displayName(), created.password(), "admin.user.created");
        } catch (UserAdministrationException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, Model model) {
        UserSummary user = find(admin, id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id,
            @Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UserSummary user = find(admin, id);
        model.addAttribute("user", user);
        // The username is fixed after creation: sessions and the audit trail are keyed on it.
        UserForm fixed = new UserForm(user.username(), form.displayName(), form.email(), form.organisationId(),
                form.roles());
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            users.update(region(admin), user.id(), fixed);
        } catch (UserAdministrationException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("notice", "admin.user.updated");
        redirect.addFlashAttribute("noticeArgument", fixed.displayName());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        UserSummary user = find(admin, id);
        if (user.id().equals(admin.id())) {
            redirect.addFlashAttribute("problem", "admin.user.cannotDeactivateSelf");
            return "redirect:/admin/users";
        }
        users.deactivate(region(admin), user.id());
        redirect.addFlashAttribute("notice", "admin.user.deactivated");
        redirect.addFlashAttribute("noticeArgument", user.displayName());
        redirect.addFlashAttribute("undoUrl", "/admin/users/" + id + "/reactivate");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        UserSummary user = find(admin, id);
        users.reactivate(region(admin), user.id());
        redirect.addFlashAttribute("notice", "admin.user.reactivated");
        redirect.addFlashAttribute("noticeArgument", user.displayName());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id,
            RedirectAttributes redirect) {
        UserSummary user = find(admin, id);
        TemporaryPassword password = users.resetPassword(region(admin), user.id());
        return showPassword(redirect, user.displayName(), password, "admin.user.passwordReset");
    }

    /** The user enrols a second factor again at their next login; their sessions end now. Audited. */
    @PostMapping("/{id}/reset-second-factor")
    String resetSecondFactor(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id,
            RedirectAttributes redirect) {
        UserSummary user = find(admin, id);
        users.resetSecondFactor(region(admin), user.id());
        redirect.addFlashAttribute("notice", "admin.user.secondFactorReset");
        redirect.addFlashAttribute("noticeArgument", user.displayName());
        return "redirect:/admin/users";
    }

    /** The temporary password, once: a reload finds it gone and goes back to the list (decision 0013). */
    @GetMapping("/wachtwoord")
    String password(Model model) {
        return shownOnce.reveal(model) ? PASSWORD : "redirect:/admin/users";
    }

    @ExceptionHandler(UnknownUserException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }

    private String showPassword(RedirectAttributes redirect, String name, TemporaryPassword password,
            String notice) {
        shownOnce.hold(redirect, Map.of("displayName", name, "temporaryPassword", password.value(), "notice", notice));
        return "redirect:/admin/users/wachtwoord";
    }

    private UserSummary find(SchakelUser admin, UUID id) {
        return users.find(region(admin), new UserId(id)).orElseThrow(UnknownUserException::new);
    }

    private static RegionId region(SchakelUser admin) {
        return new RegionId(admin.regionId());
    }
}
