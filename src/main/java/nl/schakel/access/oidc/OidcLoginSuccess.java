package nl.schakel.access.oidc;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.OidcSettings;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.security.AccountStore;
import nl.schakel.access.security.SignedIn;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the provider vouched for someone: the Schakel user an administrator linked to that subject of that
 * organisation's provider, with the roles Schakel gives them. Nobody linked (or deactivated, or locked): no login.
 * The ID token stays in the session for logging out at the provider too.
 */
@Component
public class OidcLoginSuccess implements AuthenticationSuccessHandler {

    /** Session attribute: which provider and ID token the session came from. */
    static final String LOGGED_IN_THROUGH = OidcLoginSuccess.class.getName() + ".provider";

    private final AccountStore accounts;
    private final AuditTrail audit;
    private final OidcSettings settings;

    OidcLoginSuccess(AccountStore accounts, AuditTrail audit, OidcSettings settings) {
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
    }

    /** What RP-initiated logout needs. */
    record ProviderSession(String registrationId, String idToken) implements Serializable {
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        String registrationId = token.getAuthorizedClientRegistrationId();
        UUID organisationId = UUID.fromString(registrationId);
        if (!showsMultiFactor(organisationId, token)) {
            refuse("OIDC_NO_MFA", request, response, authentication);
            return;
        }
        Optional<SchakelUser> user = accounts.loadLinked(organisationId, token.getName());
        if (user.isEmpty()) {
            // One record per attempt with the provider's subject (an identifier, no content), so that an
            // administrator can find the subject to link; only people the provider authenticated get here.
            audit.record(new AuditEvent("LOGIN", "OIDC_SUBJECT", token.getName(), "AUTHENTICATION", Outcome.FAILURE),
                    Optional.empty());
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedIn.throughProvider(user.get()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        if (token.getPrincipal() instanceof OidcUser oidcUser) {
            request.getSession().setAttribute(LOGGED_IN_THROUGH,
                    new ProviderSession(registrationId, oidcUser.getIdToken().getTokenValue()));
        }
        accounts.recordSuccess(user.get().userId());
        audit.record(new AuditEvent("LOGIN", "SESSION", null, "AUTHENTICATION", Outcome.SUCCESS),
                Optional.of(user.get()));
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Whether the ID token shows the multi-factor authentication the organisation requires (amr or acr). */
    private boolean showsMultiFactor(UUID organisationId, OAuth2AuthenticationToken token) {
        if (!(token.getPrincipal() instanceof OidcUser oidcUser)) {
            return false;
        }
        return settings.find(organisationId).map(provider -> provider.acceptsAuthentication(
                oidcUser.getIdToken().getAuthenticationMethods(),
                oidcUser.getIdToken().getAuthenticationContextClass())).orElse(false);
    }

    private void refuse(String reason, HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        audit.recordRepeated(new AuditEvent("LOGIN", "SESSION", null, "AUTHENTICATION", Outcome.FAILURE), reason,
                Optional.empty());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
