package nl.schakel.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.schakel.access.SchakelUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what every page's layout needs into the model: the person, their menu and the current path. */
@ControllerAdvice
class ShellAdvice {

    private final Navigation navigation;

    ShellAdvice(Navigation navigation) {
        this.navigation = navigation;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal @Nullable SchakelUser user) {
        return user == null ? List.of() : navigation.itemsFor(user);
    }

    @ModelAttribute("currentUser")
    @Nullable SchakelUser currentUser(@AuthenticationPrincipal @Nullable SchakelUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getServletPath();
    }
}
