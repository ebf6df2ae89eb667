package nl.schakel.access.api.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.schakel.access.security.BufferedBodyRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.access.ApiClient;
import nl.schakel.access.api.idempotency.IdempotencyStore.Claimed;
import nl.schakel.access.api.idempotency.IdempotencyStore.Known;
import nl.schakel.access.api.idempotency.IdempotencyStore.StoredResponse;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} header of every {@code POST /api/v1/**} (optional): the first request with a
 * key runs and its answer (status, content type, {@code Location}, body) is kept; the same key with the same
 * request (SHA-256 of method, path and body) gets that answer again, marked {@code Idempotent-Replayed:
 * true}, and creates nothing; the same key with another request gets 409, and so does a second request while
 * the first is still running. Keys belong to the API token that sent them. Runs after the API's security
 * chain, so only authenticated, authorised requests within the body limit get here. An answer of 500 or more
 * is not kept: the client may retry with the same key.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String AUDIT_ACTION = "API_IDEMPOTENT_REPLAY";

    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final AuditTrail audit;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, AuditTrail audit, JsonMapper json) {
        this.store = store;
        this.audit = audit;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof ApiClient client)) {
            chain.doFilter(request, response); // the security chain refuses these before they get here
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problem(request, response, HttpStatus.BAD_REQUEST,
                    "The Idempotency-Key must be 1 to 255 visible ASCII characters, e.g. a UUID.");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        IdempotencyStore.Claim claim = store.claim(client.tokenId(), key, hash);
        if (claim instanceof Known known) {
            answerKnown(known, hash, request, response);
            return;
        }
        Claimed claimed = (Claimed) claim;
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), captured);
            int status = captured.getStatus();
            if (status < 500) {
                store.complete(claimed.id(), new StoredResponse(status, captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray()));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(claimed.id());
            }
            captured.copyBodyToResponse();
        }
    }

    private void answerKnown(Known known, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!MessageDigest.isEqual(known.requestHash().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            problem(request, response, HttpStatus.CONFLICT, "This Idempotency-Key was used for another request. "
                    + "Use a new key for a new request.");
            return;
        }
        StoredResponse stored = known.response();
        if (stored == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problem(request, response, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still being processed. Try again shortly.");
            return;
        }
        // The stored answer may hold what a referral shares: giving it again is a read, so it is audited.
        audit.record(AuditEvent.success(AUDIT_ACTION, "API_REQUEST", known.id(), "API_RETRY"));
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
        response.flushBuffer();
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** SHA-256 of method, path (with query) and body: what makes two requests the same. */
    static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            sha256.update((request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query)
                    + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
