package nl.schakel.access.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lived longer than the absolute limit (default 8 hours), however active it
 * is; the idle limit of 15 minutes is the session store's own timeout.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final LoginProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(LoginProperties properties, AuditTrail audit, Clock clock) {
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            boolean authenticated = SecurityContextHolder.getContext().getAuthentication() != null
                    && SecurityContextHolder.getContext().getAuthentication().isAuthenticated();
            if (authenticated) {
                audit.record(new AuditEvent("SESSION_EXPIRED", "SESSION", null, "AUTHENTICATION", Outcome.SUCCESS));
            }
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        return created.plus(properties.absoluteSessionTimeout()).isBefore(Instant.now(clock));
    }
}
