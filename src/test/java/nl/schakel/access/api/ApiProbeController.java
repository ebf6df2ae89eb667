package nl.schakel.access.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only API endpoints (found by component scanning in the shared test context) that probe what the
 * API's security does for endpoints other modules will add: a scope check, a request body, a session.
 */
@RestController
@RequestMapping(path = "/api/v1/test", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiProbeController {

    @GetMapping("/referrals")
    @PreAuthorize("hasAuthority('SCOPE_REFERRALS')")
    Map<String, String> referrals() {
        return Map.of("referrals", "none");
    }

    @PostMapping(path = "/echo", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    Map<String, Integer> echo(@RequestBody byte[] body) {
        return Map.of("bytes", body.length);
    }

    /** What a careless endpoint might do; in the API it must fail rather than set a session cookie. */
    @GetMapping("/session")
    Map<String, String> session(HttpServletRequest request) {
        return Map.of("session", request.getSession().getId());
    }
}
