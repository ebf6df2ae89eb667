package nl.schakel.access.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.PasswordPolicy;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.security.AccountStore;
import nl.schakel.access.security.SessionTerminator;
import nl.schakel.access.security.SignedIn;
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
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
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

    private final SessionTerminator sessions;

    AccountController(AccountStore accounts, PasswordEncoder passwords, AuditTrail audit,
            SessionTerminator sessions) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
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
            Optional<String> refusal = refusal(user, form.currentPassword(), form.newPassword());
            if (refusal.filter(CURRENT_WRONG::equals).isPresent()) {
                // A guess of the current password counts like a failed login: enough of them lock the account.
                accounts.recordFailure(user.userId());
                if (accounts.isLocked(user.userId())) {
                    audit.recordRepeated(new AuditEvent("PASSWORD_CHANGED", "USER", user.userId().toString(),
                            "AUTHENTICATION", nl.schakel.audit.Outcome.DENIED), "ACCOUNT_LOCKED", Optional.of(user));
                    sessions.endSessionsOf(user.getUsername());
                    new SecurityContextLogoutHandler().logout(request, response, null);
                    return "redirect:/login?error";
                }
            }
            refusal.ifPresent(key -> FormErrors.refuse(errors,
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
        // Every other session of this person ends, on every instance; this one goes on under a new id.
        sessions.endOtherSessionsOf(user.getUsername(), request.getSession().getId());
        request.changeSessionId();
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
        context.setAuthentication(SignedIn.refreshed(SecurityContextHolder.getContext().getAuthentication(), updated));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
