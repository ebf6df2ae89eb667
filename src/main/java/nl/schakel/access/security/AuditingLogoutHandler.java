package nl.schakel.access.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records a logout while the person is still known. */
class AuditingLogoutHandler implements LogoutHandler {

    private final AuditTrail audit;

    AuditingLogoutHandler(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            audit.record(new AuditEvent("LOGOUT", "SESSION", null, "AUTHENTICATION", Outcome.SUCCESS),
                    Optional.of(actor));
        }
    }
}
