package nl.schakel.web.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The REST API answers in problem details (RFC 9457), the pages with Schakel's error pages. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path != null && path.startsWith(request.getContextPath() + "/api/");
    }

    /** A problem without detail of what was sent: only what kind of request this was not. */
    static void problem(HttpServletResponse response, int status) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Bad Request" : known.getReasonPhrase();
        String detail = status == HttpStatus.CONTENT_TOO_LARGE.value() ? "The request is too large."
                : status >= 500 ? "The request could not be handled." : "The request could not be read.";
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}
