package nl.schakel.access.secondfactor;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.Totp;
import nl.schakel.forms.ShownOnce;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolment at login, within the grace period: a new secret as a QR code and as a key to type, confirmed by the
 * first code the app shows; then ten recovery codes, shown once. The secret waits in the session until confirmed.
 */
@Controller
class EnrolmentController {

    private static final String PAGE = "login/enrol";
    private static final String PENDING = EnrolmentController.class.getName() + ".secret";
    private static final String ISSUER = "Schakel";

    private final SecondFactorCheck check;
    private final ShownOnce shownOnce;

    EnrolmentController(SecondFactorCheck check, ShownOnce shownOnce) {
        this.check = check;
        this.shownOnce = shownOnce;
    }

    @GetMapping("/login/koppelen")
    String form(@AuthenticationPrincipal SchakelUser user, HttpSession session, Model model) {
        if (!check.mayEnrol(user)) {
            return "redirect:/login/tweede-factor";
        }
        model.addAttribute("form", CodeForm.empty());
        return page(user, session, model);
    }

    @PostMapping("/login/koppelen")
    String confirm(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") CodeForm form,
            BindingResult errors, HttpSession session, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        String secret = (String) session.getAttribute(PENDING);
        if (errors.hasErrors() || secret == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(user, session, model);
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        SecondFactorCheck.Result result = check.checkEnrolment(user, secret, form.code(), recoveryCodes);
        String next = SecondFactorController.outcome(result, user, errors, PAGE, request, response);
        if (result != SecondFactorCheck.Result.ACCEPTED) {
            return result == SecondFactorCheck.Result.LOCKED ? next : page(user, session, model);
        }
        request.getSession().removeAttribute(PENDING);
        shownOnce.hold(redirect, Map.of("recoveryCodes", recoveryCodes));
        return "redirect:/login/herstelcodes";
    }

    /** The recovery codes, once: a reload finds them gone and goes on to the start page. */
    @GetMapping("/login/herstelcodes")
    String recoveryCodes(Model model) {
        return shownOnce.reveal(model) ? "login/recovery-codes" : "redirect:/";
    }

    private String page(SchakelUser user, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(PENDING);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING, secret);
        }
        model.addAttribute("qrCode", QrCode.svgDataUri(Totp.uri(ISSUER, user.getUsername(), secret)));
        model.addAttribute("manualKey", Totp.grouped(secret));
        return PAGE;
    }
}
