package nl.schakel.web;

import java.net.http.HttpResponse;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /sessie} (decision 0027): a fresh CSRF token for a person fully logged in; the login page for others. */
@SchakelIntegrationTest
class SessionControllerIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void onlyAFullyLoggedInPersonGetsAToken() {
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        HttpResponse<String> alive = melder.get("/sessie");
        assertThat(alive.statusCode()).as(alive.body()).isEqualTo(200);
        assertThat(alive.body()).contains("\"parameter\":\"_csrf\"").contains("\"token\":\"");

        HttpResponse<String> stranger = new WebSession(port).get("/sessie");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(stranger)).endsWith("/login");

        WebSession halfway = new WebSession(port);
        halfway.loginWithPasswordOnly("melder", WebSession.DEMO_PASSWORD);
        assertThat(halfway.get("/sessie").statusCode()).as("only after the second factor").isNotEqualTo(200);
    }
}
