package nl.schakel.access.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * CSRF tokens without a session before login. While a person has a session (after login) the token lives
 * in it, as before. Before that — the login page, error pages, any anonymous page — it lives in a
 * double-submit cookie instead (HttpOnly, SameSite=Strict), so that showing a page to an anonymous visitor
 * writes no session row. The form still carries the (masked) token; a forged cross-site login cannot, as
 * another site can neither read the page nor set the cookie. At login the cookie is cleared and the
 * session takes over.
 */
final class SessionlessCsrfTokenRepository implements CsrfTokenRepository {

    static final String COOKIE = "SCHAKEL-CSRF";
    private static final String HEADER = "X-CSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository inSession = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository inCookie = new CookieCsrfTokenRepository();

    SessionlessCsrfTokenRepository(boolean secureCookie) {
        inSession.setHeaderName(HEADER);
        inCookie.setHeaderName(HEADER);
        inCookie.setCookieName(COOKIE);
        inCookie.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict").secure(secureCookie));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return inSession.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            inSession.saveToken(token, request, response);
        } else if (token != null) {
            inCookie.saveToken(token, request, response);
        }
        if (token == null && WebUtils.getCookie(request, COOKIE) != null) {
            inCookie.saveToken(null, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        // With a session the cookie never counts: a cookie planted by someone else cannot ride a session.
        if (request.getSession(false) != null) {
            return inSession.loadToken(request);
        }
        return inCookie.loadToken(request);
    }
}
