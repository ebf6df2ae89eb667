package nl.schakel.access.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.PasswordPolicy;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.security.AccountStore;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.forms.FormErrors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lets a logged-in person change their own password; required after an administrator's reset. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private static final String CURRENT_WRONG = "password.currentWrong";

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(AccountStore accounts, PasswordEncoder passwords, AuditTrail audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("required", user.mustChangePassword());
        model.addAttribute("form", new PasswordChange(null, null, null));
        return "account/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") PasswordChange form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            refusal(user, form.currentPassword(), form.newPassword())
                    .ifPresent(key -> FormErrors.refuse(errors,
                            key.equals(CURRENT_WRONG) ? "currentPassword" : "newPassword", key));
        }
        if (errors.hasErrors()) {
            audit.record(new AuditEvent("PASSWORD_CHANGED", "USER", user.userId().toString(), "AUTHENTICATION",
                    nl.schakel.audit.Outcome.DENIED));
            model.addAttribute("required", user.mustChangePassword());
            return "account/password";
        }
        accounts.changePassword(user.userId(), passwords.encode(form.newPassword()));
        audit.record(AuditEvent.success("PASSWORD_CHANGED", "USER", user.userId(), "AUTHENTICATION"));
        refreshPrincipal(user.withPasswordChanged(), request, response);
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/";
    }

    /** What only the service knows: the current password, and whether the new one is good enough. */
    private Optional<String> refusal(SchakelUser user, String current, String next) {
        if (!passwords.matches(current, accounts.currentHash(user.userId()))) {
            return Optional.of(CURRENT_WRONG);
        }
        if (passwords.matches(next, accounts.currentHash(user.userId()))) {
            return Optional.of("password.same");
        }
        return PasswordPolicy.check(next, user.getUsername());
    }

    /** The session keeps the principal; replace it so the "must change" flag is gone at once. */
    private void refreshPrincipal(SchakelUser updated, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
