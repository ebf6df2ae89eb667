package nl.schakel.forms;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Lets each form token do its work once. The first POST with a token claims it; if the controller then
 * redirects (Post/Redirect/Get), the redirect target is recorded as the token's outcome. A later POST with the
 * same token to the same path is answered with a 303 to that outcome and never reaches the controller; while the
 * first is still busy (a double click), the second waits for its outcome. A form that comes back with problems
 * (422, no redirect) gives its token back, so the corrected form can be sent with it.
 * htmx requests and POSTs without a token Schakel issued pass untouched. The same token sent by someone else or
 * with another content is another arrival: it never leads to the first sender's outcome.
 */
class FormTokenInterceptor implements HandlerInterceptor {

    static final String CLAIM = FormTokenInterceptor.class.getName() + ".claim";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final long POLL_MILLIS = 100;

    private final FormTokens tokens;

    FormTokenInterceptor(FormTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return true;
        }
        String token = request.getParameter(FormTokens.FIELD);
        if (token == null || !tokens.genuine(token)) {
            return true;
        }
        java.security.Principal sender = request.getUserPrincipal();
        String key = FormTokens.key(token, request.getRequestURI(), sender == null ? null : sender.getName(),
                request.getParameterMap());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (tokens.claim(key)) {
                request.setAttribute(CLAIM, key);
                return true;
            }
            Optional<String> outcome = tokens.outcome(key);
            if (outcome.isPresent() && !outcome.get().isEmpty()) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", request.getContextPath() + outcome.get());
                return false;
            }
            if (outcome.isPresent()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        response.sendError(HttpStatus.CONFLICT.value());
        return false;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView mav) {
        String key = (String) request.getAttribute(CLAIM);
        if (key == null) {
            return;
        }
        request.removeAttribute(CLAIM);
        String location = redirectTarget(mav);
        if (location != null) {
            tokens.complete(key, location);
        } else {
            tokens.release(key);
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception ex) {
        String key = (String) request.getAttribute(CLAIM);
        if (key != null) {
            request.removeAttribute(CLAIM);
            tokens.release(key);
        }
    }

    /** Where the controller redirects to, when that is a path of this application. */
    static @Nullable String redirectTarget(@Nullable ModelAndView mav) {
        if (mav == null) {
            return null;
        }
        String url = null;
        if (mav.getViewName() != null && mav.getViewName().startsWith("redirect:")) {
            url = mav.getViewName().substring("redirect:".length());
        } else if (mav.getView() instanceof RedirectView redirect) {
            url = redirect.getUrl();
        }
        return url != null && url.startsWith("/") && !url.startsWith("//") ? url : null;
    }
}
