package nl.schakel.access.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every API exchange stateless and every error answer a problem detail. The request has no session:
 * nothing can read a browser's session through the API, and code that tries to create one fails loudly
 * instead of setting a cookie. Errors that would otherwise become the site's HTML error page (404, 405,
 * unreadable bodies, failures) are answered here as {@code application/problem+json}.
 */
class StatelessApiFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(StatelessApiFilter.class);

    /** Plain words for the errors Spring MVC reports by status code alone. */
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed or its content is invalid.",
            404, "There is nothing at this address.",
            405, "This method is not allowed at this address.",
            406, "This address cannot answer in the requested media type.",
            415, "This address does not accept this content type.",
            500, "Something went wrong on our side. Try again later.");

    private final ApiProblems problems;

    StatelessApiFilter(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(new SessionlessRequest(request), new ProblemResponse(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            // Classes only: an exception's message may quote what the client sent.
            LOG.error("API request failed: {}", classes(e));
            problem(response, HttpStatus.INTERNAL_SERVER_ERROR.value());
        }
    }

    private static String classes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getName());
        for (Throwable cause = failure.getCause(); cause != null && cause != failure; cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName());
            failure = cause;
        }
        return chain.toString();
    }

    private void problem(HttpServletResponse response, int statusCode) throws IOException {
        HttpStatus status = HttpStatus.resolve(statusCode);
        problems.write(response, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, DETAILS.get(statusCode));
    }

    private static final class SessionlessRequest extends HttpServletRequestWrapper {

        SessionlessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("API requests are stateless: no session may be created");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            throw new IllegalStateException("API requests are stateless: no session may be created");
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("API requests are stateless: there is no session");
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }

    /** Turns {@code sendError} into a problem detail written at once, instead of the site's error page. */
    private final class ProblemResponse extends HttpServletResponseWrapper {

        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int statusCode, String message) throws IOException {
            sendError(statusCode);
        }

        @Override
        public void sendError(int statusCode) throws IOException {
            if (isCommitted()) {
                super.sendError(statusCode);
                return;
            }
            problem((HttpServletResponse) getResponse(), statusCode);
        }
    }
}
