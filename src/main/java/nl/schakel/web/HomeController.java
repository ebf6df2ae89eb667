package nl.schakel.web;

import java.util.List;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: for each role the person holds, what that role does in Schakel and where to begin. */
@Controller
class HomeController {

    private final Navigation navigation;

    HomeController(Navigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SchakelUser user, Model model) {
        List<Role> roles = user.roles().stream().sorted().toList();
        List<NavigationItem> tiles = navigation.itemsFor(user).stream()
                .filter(item -> !item.href().equals("/")).toList();
        model.addAttribute("roles", roles);
        model.addAttribute("tiles", tiles);
        return "home";
    }
}
