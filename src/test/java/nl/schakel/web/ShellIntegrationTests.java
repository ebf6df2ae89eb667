package nl.schakel.web;

import java.net.http.HttpResponse;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SchakelIntegrationTest
class ShellIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void healthHasLivenessAndReadinessAndInfoHasTheBuildVersion() {
        WebSession anonymous = new WebSession(port);

        assertThat(anonymous.getJson("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.getJson("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(anonymous.getJson("/actuator/info").body()).contains("\"version\":\"0.1.0-SNAPSHOT\"");
        assertThat(anonymous.getJson("/actuator/env").statusCode()).isIn(302, 403, 404);
    }

    @Test
    void theLoginPageIsDutchAccessibleAndProtectedByHeaders() {
        HttpResponse<String> login = new WebSession(port).get("/login");

        assertThat(login.body()).contains("<html lang=\"nl\"").contains("href=\"#main\"").contains("<main id=\"main\"")
                .contains("<label for=\"username\">Gebruikersnaam</label>");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void everythingElseNeedsALogin() {
        WebSession anonymous = new WebSession(port);

        assertThat(WebSession.location(anonymous.get("/"))).endsWith("/login");
        assertThat(WebSession.location(anonymous.get("/account/password"))).endsWith("/login");
        assertThat(WebSession.location(anonymous.get("/iets-dat-niet-bestaat"))).endsWith("/login");
    }

    @Test
    void aLoggedInPersonGetsAFriendlyRefusalForUnknownPages() {
        WebSession reporter = new WebSession(port);
        reporter.login("melder", WebSession.DEMO_PASSWORD);

        HttpResponse<String> unknown = reporter.get("/iets-dat-niet-bestaat");

        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).contains("Geen toegang").doesNotContain("Exception");
    }

    @Test
    void theNavigationShowsOnlyWhatTheRoleMayUse() {
        WebSession reporter = new WebSession(port);
        reporter.login("melder", WebSession.DEMO_PASSWORD);
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);

        assertThat(reporter.get("/").body()).doesNotContain("/admin/");
        assertThat(admin.get("/").body()).contains("href=\"/admin/users\"").contains("href=\"/admin/audit\"");
    }
}
