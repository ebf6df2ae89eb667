package nl.schakel.web;

import nl.schakel.access.OidcSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the login form and the organisations that log in through their own provider; someone already logged in goes straight to their start page. */
@Controller
class LoginController {

    private final OidcSettings oidc;

    LoginController(OidcSettings oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("providers", oidc.loginOptions());
        return "login";
    }
}
