package nl.schakel.web.input;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before security and controllers:
 * <ul>
 * <li>parameters that Tomcat cannot read (too many, a broken multipart body, bytes that are no UTF-8,
 * a body too large) are refused with 400 or 413 instead of being dropped in silence;</li>
 * <li>names and values lose the characters that cannot be stored ({@link InputText}), and rows are
 * numbered 0, 1, 2 … ({@link IndexedNames}); an index no form sends is refused with 400;</li>
 * <li>whatever still goes wrong further on is logged here with its class and the request's correlation
 * id only — never its message, which may quote what was sent — and answered with 500.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InputGuardFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            CleanRequest cleaned;
            try {
                cleaned = CleanRequest.of(request);
            } catch (InvalidParameterException e) {
                int status = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode()
                        : HttpStatus.BAD_REQUEST.value();
                log.info("Request refused: its parameters could not be read ({}, status {})", SafeLog.describe(e),
                        status);
                refuse(request, response, status);
                return;
            } catch (IndexedNames.MalformedIndexException e) {
                log.info("Request refused: a parameter name has an index no form sends");
                refuse(request, response, HttpStatus.BAD_REQUEST.value());
                return;
            }
            chain.doFilter(cleaned, response);
        } catch (ClientAbortException e) {
            log.debug("Client went away ({})", SafeLog.describe(e));
        } catch (IOException | ServletException | RuntimeException e) {
            log.error("Request failed: {}", SafeLog.describe(e, request));
            if (!response.isCommitted()) {
                response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value());
            }
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        if (response.isCommitted()) {
            // Tomcat answered already (a body that ended too soon).
            return;
        }
        if (ApiPaths.isApi(request)) {
            ApiPaths.problem(response, status);
        } else {
            response.sendError(status);
        }
    }
}
