package nl.schakel.access.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a login attempt (password, second factor or recovery code) from a source that has used up its failures with 429, before the password is
 * checked (so before any Argon2 hash is computed); see {@link LoginThrottle}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** The factor each guarded form proves: a source gets its token back only when that factor was proven. */
    private static final Map<String, String> PROVES = Map.of("/login", SignedIn.PASSWORD,
            "/login/tweede-factor", SignedIn.TOTP, "/login/herstelcode", SignedIn.TOTP, "/login/koppelen", SignedIn.TOTP);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PROVES.containsKey(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = LoginThrottle.source(request);
        if (!throttle.tryAcquire(source)) {
            response.setHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && SignedIn.has(authentication, PROVES.get(request.getServletPath()))) {
            throttle.release(source);
        }
    }
}
