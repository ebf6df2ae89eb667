package nl.schakel.administration;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.schakel.access.Role;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every administrator URL the application maps — found from the handler mappings, so new ones are
 * covered without editing this test — refuses every other role with 403.
 */
@SchakelIntegrationTest
class AdminAuthorizationIntegrationTests {

    /** One demo user per role that is not administrator. */
    private static final Map<Role, String> NON_ADMINS = Map.of(Role.REPORTER, "melder", Role.MANAGER,
            "leidinggevende", Role.DESIGNATED_OFFICER, "af.utrecht", Role.CARE_COORDINATOR, "zorgcoordinator",
            Role.REPORTING_CENTRE, "veiligthuis", Role.POLICE, "politie", Role.LABOUR_INSPECTORATE, "nla.opsporing",
            Role.CHAIN_DIRECTOR, "ketenregisseur", Role.CARE_PROVIDER, "zorgaanbieder", Role.ANALYST, "analist");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<Endpoint> adminEndpoints;

    record Endpoint(RequestMethod method, String path) {
    }

    @BeforeEach
    void collectAdminEndpoints() {
        adminEndpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/admin"))
                .forEach(pattern -> {
                    String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    var methods = info.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? Stream.of(RequestMethod.GET) : methods.stream())
                            .forEach(method -> adminEndpoints.add(new Endpoint(method, path)));
                }));
    }

    static Stream<Role> nonAdminRoles() {
        return NON_ADMINS.keySet().stream().sorted();
    }

    @Test
    void theMatrixCoversTheAdministratorScreens() {
        assertThat(adminEndpoints).extracting(Endpoint::path)
                .contains("/admin/users", "/admin/organisations", "/admin/audit")
                .anyMatch(path -> path.endsWith("/reset-password"))
                .anyMatch(path -> path.endsWith("/deactivate"));
        assertThat(adminEndpoints).extracting(Endpoint::method).contains(RequestMethod.POST);
        assertThat(NON_ADMINS).hasSize(Role.values().length - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonAdminRoles")
    void everyAdminUrlRefusesThisRole(Role role) {
        WebSession browser = new WebSession(port);
        browser.login(NON_ADMINS.get(role), WebSession.DEMO_PASSWORD);
        browser.get("/account/password");
        // The CSRF token is valid: a POST this role may make is accepted, so a 403 below is the role check.
        assertThat(browser.post("/account/password", Map.of("currentPassword", "x", "newPassword", "y",
                "confirmPassword", "y")).statusCode()).isEqualTo(422);

        for (Endpoint endpoint : adminEndpoints) {
            HttpResponse<String> response = endpoint.method() == RequestMethod.POST
                    ? browser.post(endpoint.path())
                    : browser.get(endpoint.path());
            assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(403);
            assertThat(response.body()).as(endpoint.toString()).contains("data-error=\"403\"");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession anonymous = new WebSession(port);
        for (Endpoint endpoint : adminEndpoints) {
            HttpResponse<String> response = endpoint.method() == RequestMethod.POST
                    ? anonymous.post(endpoint.path())
                    : anonymous.get(endpoint.path());
            assertThat(response.statusCode()).as(endpoint.toString()).isIn(302, 403);
            assertThat(response.body()).doesNotContain("Gemeente Utrecht");
        }
    }

    @Test
    void theAdministratorReachesTheAdministratorScreens() {
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        assertThat(admin.get("/admin/users").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/organisations").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/audit").statusCode()).isEqualTo(200);
    }
}
