package nl.schakel.access.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's error answers as RFC 9457 problem details ({@code application/problem+json}). The
 * detail says what is wrong in plain words and never echoes what the client sent.
 */
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String MISSING_TOKEN = "Missing bearer token: send the header 'Authorization: Bearer <token>'.";
    static final String INVALID_TOKEN = "Token unknown, revoked or expired.";
    static final String MISSING_SCOPE = "The token lacks the scope this operation needs.";

    /** What an RFC 9457 problem holds; "about:blank" says the status code tells the kind of problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(String type, String title, int status, @Nullable String detail) {
    }

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    /** 401 for a request without a usable token (RFC 6750 §3: with a Bearer challenge). */
    void unauthorized(HttpServletResponse response, boolean tokenPresented) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenPresented
                ? "Bearer realm=\"schakel\", error=\"invalid_token\"" : "Bearer realm=\"schakel\"");
        write(response, HttpStatus.UNAUTHORIZED, tokenPresented ? INVALID_TOKEN : MISSING_TOKEN);
    }

    /** Replaces whatever the response holds so far (headers already set stay) by a problem, and sends it. */
    void write(HttpServletResponse response, HttpStatus status, @Nullable String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = json.writeValueAsString(new Problem("about:blank", status.getReasonPhrase(), status.value(),
                detail));
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(body);
        }
        response.flushBuffer();
    }

    /** Reached only if a request without authentication gets past the bearer filter: refuse it the same way. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthorized(response, false);
    }

    /** A valid token without the scope the endpoint demands (RFC 6750 §3.1: insufficient_scope). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"schakel\", error=\"insufficient_scope\"");
        write(response, HttpStatus.FORBIDDEN, MISSING_SCOPE);
    }
}
