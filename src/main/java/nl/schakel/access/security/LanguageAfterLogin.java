package nl.schakel.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After the password always to the second factor (and from there to the start page), in the language chosen on the login page: before login there is
 * no session to keep that choice in, so the form carries it ({@code lang}) and the start page takes it over.
 */
class LanguageAfterLogin extends SimpleUrlAuthenticationSuccessHandler {

    LanguageAfterLogin() {
        super(SecondFactorRequiredFilter.SECOND_FACTOR);
        setAlwaysUseDefaultTargetUrl(true);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        String target = SecondFactorRequiredFilter.SECOND_FACTOR;
        return "en".equals(request.getParameter("lang")) ? target + "?lang=en" : target;
    }
}
