package nl.schakel.access.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.security.SignedIn;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/** The step from "password only" to logged in, and back out when the account locks on a wrong code. */
final class LoginCompletion {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private LoginCompletion() {
    }

    /** A new session id for the new standing (no fixation), holding the person's roles now. */
    static void complete(SchakelUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedIn.withSecondFactor(user));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    static void abandon(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext()
                .getAuthentication());
    }
}
