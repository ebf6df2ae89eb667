package nl.schakel.access.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.ApiClient;
import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every API request by its {@code Authorization: Bearer <token>} header, or refuses it with
 * 401 at once. The principal becomes an {@link ApiClient} with one {@code SCOPE_*} authority per scope.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final ApiProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, AuditTrail audit, ApiProblems problems) {
        this.tokens = tokens;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> presented = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            audit.recordRepeated(new AuditEvent("API_AUTHENTICATION", null, null, "AUTHENTICATION", Outcome.FAILURE),
                    "NO_TOKEN", Optional.empty());
            problems.unauthorized(response, false);
            return;
        }
        Optional<ApiClient> client = tokens.authenticate(presented.get());
        if (client.isEmpty()) {
            problems.unauthorized(response, true);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(client.get(), null,
                client.get().scopes().stream().map(ApiScope::authority).toList()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** The token of a well-formed bearer header (the scheme name is case-insensitive, RFC 9110 §11.1). */
    private static Optional<String> bearerToken(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
