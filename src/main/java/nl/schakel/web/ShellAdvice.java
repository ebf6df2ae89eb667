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
    private final java.time.Duration sessionIdle;

    ShellAdvice(Navigation navigation,
            @org.springframework.beans.factory.annotation.Value("${spring.session.timeout:15m}") java.time.Duration sessionIdle) {
        this.navigation = navigation;
        this.sessionIdle = sessionIdle;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal @Nullable SchakelUser user) {
        return user == null ? List.of() : navigation.itemsFor(user);
    }

    @ModelAttribute("currentUser")
    @Nullable SchakelUser currentUser(@AuthenticationPrincipal @Nullable SchakelUser user) {
        return user;
    }

    /** The idle timeout, for the warning two minutes before it (static/js/session.js, decision 0027). */
    @ModelAttribute("sessionIdleSeconds")
    long sessionIdleSeconds() {
        return sessionIdle.toSeconds();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getServletPath();
    }
}
