package nl.schakel.web;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Whether the session still lives, for {@code static/js/session.js} (decision 0027): "Ingelogd blijven" asks here
 * (and so keeps the session alive), and a form sent after the idle timeout waits here until the person has logged
 * in again in another window, then goes with a fresh CSRF token. Only for a person who is fully logged in (both
 * factors); anyone else is sent to the login page, which the script reads as "not (yet) logged in".
 */
@Controller
class SessionController {

    @GetMapping("/sessie")
    @ResponseBody
    String session(CsrfToken csrf) {
        // Written out: the parameter name and the (URL-safe Base64) token need no escaping, and the browser pages
        // have no JSON converter of their own (the API's is for its records).
        return "{\"parameter\":\"" + csrf.getParameterName() + "\",\"token\":\"" + csrf.getToken() + "\"}";
    }
}
