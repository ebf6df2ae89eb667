package nl.schakel.access.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of a login: the code from the authenticator app, or one of the recovery codes. Reached only
 * with a proven password (see SecurityConfiguration); a wrong code counts towards the account's lockout.
 */
@Controller
class SecondFactorController {

    static final String CODE_PAGE = "login/second-factor";
    static final String RECOVERY_PAGE = "login/recovery";

    private final SecondFactorCheck check;

    SecondFactorController(SecondFactorCheck check) {
        this.check = check;
    }

    @GetMapping("/login/tweede-factor")
    String codeForm(@AuthenticationPrincipal SchakelUser user, Model model) {
        if (!check.state(user).enrolled()) {
            return check.mayEnrol(user) ? "redirect:/login/koppelen" : "login/second-factor-missing";
        }
        model.addAttribute("form", CodeForm.empty());
        return CODE_PAGE;
    }

    /** When the present factor was set up, shown on the code pages: someone else may have enrolled with the password. */
    @ModelAttribute("enrolledAt")
    java.time.@org.jspecify.annotations.Nullable OffsetDateTime enrolledAt(@AuthenticationPrincipal SchakelUser user) {
        return check.state(user).enrolledAt();
    }

    @PostMapping("/login/tweede-factor")
    String code(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return CODE_PAGE;
        }
        return outcome(check.checkCode(user, form.code()), user, errors, CODE_PAGE, request, response);
    }

    @GetMapping("/login/herstelcode")
    String recoveryForm(Model model) {
        model.addAttribute("form", CodeForm.empty());
        return RECOVERY_PAGE;
    }

    @PostMapping("/login/herstelcode")
    String recovery(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return RECOVERY_PAGE;
        }
        return outcome(check.checkRecoveryCode(user, form.code()), user, errors, RECOVERY_PAGE, request, response);
    }

    /** Logged in, back to the form with the problem (422), or locked out and back to the login page. */
    static String outcome(SecondFactorCheck.Result result, SchakelUser user, BindingResult errors, String page,
            HttpServletRequest request, HttpServletResponse response) {
        switch (result) {
            case ACCEPTED -> {
                LoginCompletion.complete(user, request, response);
                return "redirect:/";
            }
            case LOCKED -> {
                LoginCompletion.abandon(request, response);
                return "redirect:/login?error";
            }
            default -> {
                errors.rejectValue("code", "secondFactor.code.wrong");
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page;
            }
        }
    }
}
