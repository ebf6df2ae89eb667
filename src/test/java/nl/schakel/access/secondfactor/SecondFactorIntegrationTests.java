package nl.schakel.access.secondfactor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.SecondFactorCodes;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: after the password alone nothing opens but the second factor; codes and recovery codes work once. */
@SchakelIntegrationTest
class SecondFactorIntegrationTests {

    /** Pages a person with a password only may see: the second step itself, and what is public anyway. */
    private static final Set<String> OPEN_AFTER_PASSWORD = Set.of("/login", "/login/tweede-factor",
            "/login/herstelcode", "/login/koppelen", "/login/herstelcodes", "/error");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    SecondFactorStore store;

    static Stream<String> oneUserPerRole() {
        return Stream.of("beheerder", "melder", "leidinggevende", "af.utrecht", "analist", "zorgcoordinator",
                "veiligthuis", "politie", "nla.opsporing", "ketenregisseur", "zorgaanbieder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneUserPerRole")
    void afterThePasswordAloneNoRouteOpensButTheSecondFactor(String username) {
        WebSession browser = new WebSession(port);
        assertThat(WebSession.location(browser.loginWithPasswordOnly(username, WebSession.DEMO_PASSWORD)))
                .endsWith("/login/tweede-factor");
        List<String> opened = new ArrayList<>();
        for (Route route : routes()) {
            HttpResponse<String> answer = route.method() == RequestMethod.GET ? browser.get(route.path())
                    : browser.post(route.path(), Map.of("code", "000000"));
            boolean refused = answer.statusCode() == 302 && WebSession.location(answer).endsWith("/login/tweede-factor")
                    || answer.statusCode() == 403 || answer.statusCode() == 404 || answer.statusCode() == 405;
            if (!refused) {
                opened.add(route + " -> " + answer.statusCode() + " " + WebSession.location(answer));
            }
        }
        assertThat(opened).as("routes that answered after the password alone").isEmpty();

        HttpResponse<String> done = browser.completeSecondFactor(username);
        assertThat(WebSession.location(done)).isEqualTo("/");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aRecoveryCodeWorksOnceAndAFreshUserEnrolsWithAQrCodeAndAKey() {
        String username = TestUsers.create(users, organisations, "Gemeente Soest", Role.DESIGNATED_OFFICER);
        WebSession first = new WebSession(port);
        first.loginWithPasswordOnly(username, TestUsers.PASSWORD);
        HttpResponse<String> enrolment = first.follow(first.get("/login/tweede-factor"));
        assertThat(enrolment.body()).contains("data:image/svg+xml;base64,").contains("data-testid=\"manual-key\"");
        assertThat(first.completeSecondFactor(username).statusCode()).isEqualTo(303);
        List<String> codes = SecondFactorCodes.recoveryCodesOf(username);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from recovery_code r join app_user u on u.id = r.user_id "
                + "where u.username = ? and r.code_hash like '$argon2id$%'").param(username).query(Integer.class)
                .single()).isEqualTo(10);

        assertThat(jdbc.sql("select count(*) from audit_record where action = 'SECOND_FACTOR_ENROLLED' and object_id = ?")
                .param(TestUsers.idOf(jdbc, username).value().toString()).query(Integer.class).single()).isEqualTo(1);

        WebSession second = new WebSession(port);
        second.loginWithPasswordOnly(username, TestUsers.PASSWORD);
        assertThat(second.get("/login/tweede-factor").body()).contains("data-testid=\"enrolled-at\"");
        second.get("/login/herstelcode");
        HttpResponse<String> recovered = second.post("/login/herstelcode", Map.of("code", codes.get(3).toUpperCase()));
        assertThat(WebSession.location(recovered)).isEqualTo("/");
        assertThat(second.get("/").statusCode()).isEqualTo(200);

        WebSession third = new WebSession(port);
        third.loginWithPasswordOnly(username, TestUsers.PASSWORD);
        third.get("/login/herstelcode");
        HttpResponse<String> again = third.post("/login/herstelcode", Map.of("code", codes.get(3)));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).as("a mistyped code is not echoed back").doesNotContain(codes.get(3));
        assertThat(WebSession.location(third.get("/"))).endsWith("/login/tweede-factor");
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheSession() {
        String username = TestUsers.create(users, organisations, "Gemeente Soest", Role.ANALYST);
        new WebSession(port).login(username, TestUsers.PASSWORD);
        WebSession guesser = new WebSession(port);
        guesser.loginWithPasswordOnly(username, TestUsers.PASSWORD);
        guesser.get("/login/tweede-factor");
        String wrong = SecondFactorCodes.codeFor(username).equals("123456") ? "654321" : "123456";
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(guesser.post("/login/tweede-factor", Map.of("code", wrong)).statusCode());
        }

        assertThat(answers).containsExactly(422, 422, 422, 422, 303);
        assertThat(WebSession.location(guesser.get("/login/tweede-factor"))).endsWith("/login");
        assertThat(WebSession.location(new WebSession(port).login(username, TestUsers.PASSWORD))).endsWith("error");
        audit.flushRepeated();
        assertThat(jdbc.sql("""
                select coalesce(sum(coalesce(a.repeat_count, 1)), 0) from audit_record a join app_user u on u.id = a.user_id
                where u.username = ? and a.action = 'LOGIN_SECOND_FACTOR' and a.outcome = 'FAILURE'""")
                .param(username).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void anAdministratorsResetEndsTheSessionsIsAuditedAndTheUserEnrolsAgain() {
        String username = TestUsers.create(users, organisations, "Gemeente Utrecht", Role.MANAGER);
        WebSession user = new WebSession(port);
        user.login(username, TestUsers.PASSWORD);
        String oldSecret = SecondFactorCodes.secretOf(username);
        assertThat(user.get("/").statusCode()).isEqualTo(200);
        UUID id = TestUsers.idOf(jdbc, username).value();

        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        admin.get("/admin/users");
        HttpResponse<String> reset = admin.post("/admin/users/" + id + "/reset-second-factor");

        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(user.get("/"))).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'USER_SECOND_FACTOR_RESET' and object_id = ?")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
        WebSession again = new WebSession(port);
        again.loginWithPasswordOnly(username, TestUsers.PASSWORD);
        assertThat(WebSession.location(again.get("/login/tweede-factor"))).endsWith("/login/koppelen");
        again.get("/login/tweede-factor");
        assertThat(again.completeSecondFactor(username).statusCode()).isEqualTo(303);
        assertThat(SecondFactorCodes.secretOf(username)).isNotEqualTo(oldSecret);
        assertThat(again.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void enrolmentIsOneTransactionAndNeverReplacesAnExistingFactor() {
        String fresh = TestUsers.create(users, organisations, "Gemeente Soest", Role.ANALYST);
        UUID freshId = TestUsers.idOf(jdbc, fresh).value();
        List<String> broken = new ArrayList<>(List.of("aaaa-bbbb-cccc"));
        broken.add(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> store.enrol(freshId, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 1L, broken));
        assertThat(store.state(freshId).enrolled()).as("a failed enrolment leaves no secret behind").isFalse();

        String enrolled = TestUsers.create(users, organisations, "Gemeente Soest", Role.ANALYST);
        new WebSession(port).login(enrolled, TestUsers.PASSWORD);
        UUID id = TestUsers.idOf(jdbc, enrolled).value();
        jdbc.sql("update app_user set second_factor_enrol_by = now() + interval '1 day' where id = ?").param(id).update();
        assertThat(store.enrol(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 1L, List.of())).isFalse();
        assertThat(SecondFactorCodes.secretOf(enrolled).replace(" ", "")).isEqualTo(store.state(id).secret());
    }

    /** Every route of the site (not the API, the public intake or the secure links, which have chains of their own). */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (OPEN_AFTER_PASSWORD.contains(pattern) || pattern.startsWith("/api/") || pattern.startsWith("/melden")
                        || pattern.startsWith("/doorverwijzing/") || pattern.startsWith("/v3/")
                        || pattern.startsWith("/swagger")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("/**", "/x");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(new Route(method, path));
                    }
                }
            }
        });
        assertThat(routes).as("routes found").hasSizeGreaterThan(30);
        return routes;
    }

    private record Route(RequestMethod method, String path) {
    }
}
