package nl.schakel.access.oidc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.schakel.access.OidcSettings;
import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: login through an organisation's own OpenID Connect provider — a real one (mock-oauth2-server), started
 * here; discovery, authorization code, token and ID-token checks are Spring Security's, nothing is mocked in Schakel.
 */
@SchakelIntegrationTest
class OidcLoginIntegrationTests {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    @LocalServerPort
    int port;

    @Autowired
    OidcSettings oidc;

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.schakel.audit.AuditTrail audit;

    @BeforeAll
    static void startProvider() {
        PROVIDER.start();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void aLinkedSubjectReachesTheStartPageWithTheRolesSchakelAssignedAndLogsOutAtTheProviderToo() {
        Organisation nieuwegein = configure("Gemeente Nieuwegein", "nieuwegein", false);
        String username = TestUsers.create(users, organisations, "Gemeente Nieuwegein", Role.DESIGNATED_OFFICER);
        String subject = "sub-" + UUID.randomUUID();
        oidc.linkSubject(region().id(), TestUsers.idOf(jdbc, username), subject);
        // The provider says this person is an administrator: Schakel does not listen.
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("nieuwegein", subject, "JWT", List.of("schakel"),
                Map.of("roles", List.of("ADMIN"), "amr", List.of("pwd", "mfa")), 3600));
        WebSession browser = new WebSession(port);

        HttpResponse<String> landed = loginThroughProvider(browser, nieuwegein);

        assertThat(WebSession.location(landed)).isEqualTo("/");
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Test " + username).contains("data-role=\"DESIGNATED_OFFICER\"")
                .doesNotContain("data-role=\"ADMIN\"");
        assertThat(browser.get("/signalen").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);

        HttpResponse<String> logout = browser.logout();
        assertThat(WebSession.location(logout)).startsWith(PROVIDER.issuerUrl("nieuwegein").toString())
                .contains("id_token_hint=").contains("post_logout_redirect_uri=");
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");
    }

    @Test
    void aLinkedSubjectWhoseTokenShowsNoSecondFactorIsRefused() {
        Organisation nieuwegein = configure("Gemeente Nieuwegein", "nieuwegein", false);
        String username = TestUsers.create(users, organisations, "Gemeente Nieuwegein", Role.ANALYST);
        String subject = "sub-" + UUID.randomUUID();
        oidc.linkSubject(region().id(), TestUsers.idOf(jdbc, username), subject);
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("nieuwegein", subject, "JWT", List.of("schakel"),
                Map.of("amr", List.of("pwd")), 3600));
        WebSession browser = new WebSession(port);

        HttpResponse<String> landed = loginThroughProvider(browser, nieuwegein);

        assertThat(WebSession.location(landed)).endsWith("/login?error");
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");
        audit.flushRepeated();
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'LOGIN' and outcome = 'FAILURE' "
                + "and reason = 'OIDC_NO_MFA'").query(Integer.class).single()).isPositive();
    }

    @Test
    void aSubjectNobodyLinkedDoesNotLogIn() {
        Organisation houten = configure("Gemeente Hilversum", "hilversum", false);
        String subject = "sub-unknown-" + UUID.randomUUID();
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("hilversum", subject, "JWT",
                List.of("schakel"), Map.of("amr", List.of("otp")), 3600));
        WebSession browser = new WebSession(port);

        HttpResponse<String> landed = loginThroughProvider(browser, houten);

        assertThat(WebSession.location(landed)).endsWith("/login?error");
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'LOGIN' and outcome = 'FAILURE' "
                + "and object_type = 'OIDC_SUBJECT' and object_id = ?").param(subject).query(Integer.class).single())
                .as("the administrator finds the subject to link in the audit trail").isEqualTo(1);
    }

    @Test
    void aUserOfAnOidcOnlyOrganisationCannotLogInWithAPassword() {
        String username = TestUsers.create(users, organisations, "Gemeente Lelystad", Role.MANAGER);
        assertThat(WebSession.location(new WebSession(port).loginWithPasswordOnly(username, TestUsers.PASSWORD)))
                .endsWith("/login/tweede-factor");
        configure("Gemeente Lelystad", "lelystad", true);

        assertThat(WebSession.location(new WebSession(port).loginWithPasswordOnly(username, TestUsers.PASSWORD)))
                .endsWith("/login?error");
        assertThat(new WebSession(port).get("/login").body()).contains("Inloggen via Gemeente Lelystad");
    }

    @Test
    void aNewIssuerForgetsTheLinksAndANewIssuerOrOidcOnlyEndsTheSessions() {
        configure("Gemeente Amersfoort", "amersfoort-oud", false);
        String username = TestUsers.create(users, organisations, "Gemeente Amersfoort", Role.MANAGER);
        oidc.linkSubject(region().id(), TestUsers.idOf(jdbc, username), "sub-" + UUID.randomUUID());
        WebSession browser = new WebSession(port);
        browser.login(username, TestUsers.PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        configure("Gemeente Amersfoort", "amersfoort-nieuw", false);

        assertThat(oidc.subjectOf(TestUsers.idOf(jdbc, username))).as("a subject of the old issuer").isEmpty();
        assertThat(WebSession.location(browser.get("/"))).endsWith("/login");

        WebSession again = new WebSession(port);
        again.login(username, TestUsers.PASSWORD);
        assertThat(again.get("/").statusCode()).isEqualTo(200);
        configure("Gemeente Amersfoort", "amersfoort-nieuw", true);
        assertThat(WebSession.location(again.get("/"))).endsWith("/login");
    }

    /** Start at Schakel, through the provider (which answers at once, no form), back to Schakel's callback. */
    private HttpResponse<String> loginThroughProvider(WebSession browser, Organisation organisation) {
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/" + organisation.id().value());
        assertThat(WebSession.location(toProvider)).startsWith(PROVIDER.issuerUrl(issuerId(organisation)).toString());
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(URI.create(WebSession.location(toProvider)))
                .GET().build());
        assertThat(WebSession.location(back)).contains("/login/oauth2/code/");
        return browser.send(HttpRequest.newBuilder(URI.create(WebSession.location(back))).GET().build());
    }

    private Organisation configure(String name, String issuerId, boolean oidcOnly) {
        Organisation organisation = organisations.inRegion(region().id()).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow();
        oidc.configure(region().id(), organisation.id().value(), PROVIDER.issuerUrl(issuerId).toString(), "schakel",
                "geheim-" + UUID.randomUUID(), oidcOnly, OidcSettings.Mfa.REQUIRED);
        return organisation;
    }

    private String issuerId(Organisation organisation) {
        String issuer = oidc.find(organisation.id().value()).orElseThrow().issuer();
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }

    private Region region() {
        return organisations.region("midden-nederland").orElseThrow();
    }
}
