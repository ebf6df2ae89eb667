package nl.schakel.access.oidc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Logging out ends the Schakel session; a session that came through an OpenID Connect provider is then sent to the
 * provider's end-session endpoint (RP-initiated logout) when it has one, which sends the person back to Schakel's
 * login page. The way back is Schakel's configured address, never built from the request's Host.
 */
@Component
public class ProviderLogout implements LogoutHandler, LogoutSuccessHandler {

    private static final String ENDING = ProviderLogout.class.getName() + ".ending";

    private final OidcClientRegistrations registrations;
    private final String baseUrl;

    ProviderLogout(OidcClientRegistrations registrations,
            @Value("${schakel.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.registrations = registrations;
        this.baseUrl = baseUrl;
    }

    /** Before the session is gone: remember where it came from. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(OidcLoginSuccess.LOGGED_IN_THROUGH) instanceof
                OidcLoginSuccess.ProviderSession provider) {
            request.setAttribute(ENDING, provider);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        String loggedOut = request.getContextPath() + "/login?logout";
        if (request.getAttribute(ENDING) instanceof OidcLoginSuccess.ProviderSession provider) {
            ClientRegistration registration = registrations.findByRegistrationId(provider.registrationId());
            Object endpoint = registration == null ? null
                    : registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (endpoint != null) {
                response.sendRedirect(UriComponentsBuilder.fromUriString(endpoint.toString())
                        .queryParam("id_token_hint", provider.idToken())
                        .queryParam("post_logout_redirect_uri", baseUrl + "/login?logout")
                        .encode().build().toUriString());
                return;
            }
        }
        response.sendRedirect(loggedOut);
    }
}
