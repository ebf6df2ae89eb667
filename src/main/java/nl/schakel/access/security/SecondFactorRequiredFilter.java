package nl.schakel.access.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After the password alone, the only way on is the second factor: every other page sends the person there. The
 * rules in {@link SecurityConfiguration} refuse them anyway (they hold no role yet); this only shows the way.
 */
class SecondFactorRequiredFilter extends OncePerRequestFilter {

    static final String SECOND_FACTOR = "/login/tweede-factor";
    static final Set<String> PAGES = Set.of(SECOND_FACTOR, "/login/herstelcode", "/login/koppelen");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SignedIn.awaitsSecondFactor(SecurityContextHolder.getContext().getAuthentication())
                && !isAllowed(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + SECOND_FACTOR);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(String path) {
        return PAGES.contains(path) || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/webjars/")
                || path.equals("/error") || path.equals("/favicon.ico");
    }
}
