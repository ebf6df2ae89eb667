package nl.schakel.access.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.testing.LoopbackClient;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous noise writes nothing and cannot be turned against others (issue 17): no session before login,
 * failed logins limited per source before the password is checked, and no redirect built from the Host
 * header. Sources are real loopback addresses (127.x.y.z).
 */
@SchakelIntegrationTest
class AnonymousRequestsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LoginThrottle loginThrottle;

    private LoopbackClient http;

    @BeforeEach
    void client() {
        http = new LoopbackClient(port);
    }

    @AfterEach
    void configuredLimits() {
        loginThrottle.reset();
    }

    @Test
    void aThousandLoginPagesAddAtMostAHandfulOfRows() {
        Map<String, Long> before = rowsPerTable();

        for (int i = 0; i < 1000; i++) {
            LoopbackClient.Response page = http.get("127.0.40." + (1 + i % 200), i % 10 == 0 ? "/login?lang=en" : "/login");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.all("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        for (String path : List.of("/", "/signalen", "/admin/users", "/bestaat-niet", "/login?error", "/login?logout")) {
            assertThat(http.get("127.0.40.1", path).all("Set-Cookie")).as(path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        Map<String, Long> after = rowsPerTable();

        long added = after.entrySet().stream().mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
        assertThat(added).as("rows added, per table: %s", difference(before, after)).isLessThanOrEqualTo(3);
        assertThat(after.get("spring_session")).isEqualTo(before.get("spring_session"));
    }

    @Test
    void aFailedLoginCreatesNoSessionAndARightOneStillWorks() {
        long sessions = sessions();

        LoopbackClient.Response failed = login("127.0.41.1", "melder", "niet-het-wachtwoord", Map.of());

        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.location()).isEqualTo("/login?error");
        assertThat(failed.all("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(sessions()).isEqualTo(sessions);

        LoopbackClient.Response right = login("127.0.41.1", "melder", WebSession.DEMO_PASSWORD, Map.of());
        assertThat(right.location()).isEqualTo(WebSession.SECOND_FACTOR);
        assertThat(right.all("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(sessions()).isEqualTo(sessions + 1);
    }

    @Test
    void theLanguageChosenOnTheLoginPageHoldsAfterLogin() {
        LoopbackClient.Response page = http.get("127.0.41.3", "/login?lang=en");
        assertThat(page.body()).contains("name=\"lang\" value=\"en\"");
        Map.Entry<String, String> csrf = csrf(page);

        LoopbackClient.Response loggedIn = http.post("127.0.41.3", "/login", Map.of("username", "melder", "password",
                WebSession.DEMO_PASSWORD, "lang", "en", "_csrf", csrf.getValue()), Map.of("Cookie", csrf.getKey()));

        // The language travels on to the second step (issue 18), which then speaks it.
        assertThat(loggedIn.location()).isEqualTo("/login/tweede-factor?lang=en");
        String session = loggedIn.all("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        assertThat(http.send("127.0.41.3", "GET", "/login/tweede-factor", Map.of("Cookie", session), null).body())
                .as("before the redirect").contains("<html lang=\"nl\"");
        http.send("127.0.41.3", "GET", loggedIn.location(), Map.of("Cookie", session), null);
        assertThat(http.send("127.0.41.3", "GET", "/login/tweede-factor", Map.of("Cookie", session), null).body())
                .contains("<html lang=\"en\"");
    }

    @Test
    void aLoginWithoutTheCsrfCookieIsRefused() {
        LoopbackClient.Response page = http.get("127.0.41.2", "/login");
        Map<String, String> form = Map.of("username", "melder", "password", WebSession.DEMO_PASSWORD,
                "_csrf", group(CSRF, page.body()));

        assertThat(http.post("127.0.41.2", "/login", form).status()).isEqualTo(403);
    }

    @Test
    void aSourceThatFailedTooOftenIsRefusedBeforeThePasswordIsChecked() {
        loginThrottle.resetWith(3);
        for (int i = 0; i < 3; i++) {
            assertThat(login("127.0.42.1", "bestaat-niet-" + i, "fout", Map.of()).location()).isEqualTo("/login?error");
        }

        // The right password: refused all the same, so the password was not even checked.
        LoopbackClient.Response refused = login("127.0.42.1", "melder", WebSession.DEMO_PASSWORD, Map.of());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Even wachten");

        LoopbackClient.Response elsewhere = login("127.0.42.2", "melder", WebSession.DEMO_PASSWORD, Map.of());
        assertThat(elsewhere.status()).isEqualTo(302);
        assertThat(elsewhere.location()).isEqualTo(WebSession.SECOND_FACTOR);
    }

    @Test
    void parallelLoginAttemptsFromOneSourceNeverGetMoreThanTheLimitThrough() throws Exception {
        loginThrottle.resetWith(3);
        List<Map.Entry<String, String>> pages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(csrf(http.get("127.0.42.3", "/login")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<LoopbackClient.Response>> attempts = new ArrayList<>();
        for (Map.Entry<String, String> page : pages) {
            attempts.add(pool.submit(() -> http.post("127.0.42.3", "/login", Map.of("username", "bestaat-niet",
                    "password", "fout", "_csrf", page.getValue()), Map.of("Cookie", page.getKey()))));
        }
        int checked = 0;
        int refused = 0;
        for (Future<LoopbackClient.Response> attempt : attempts) {
            int status = attempt.get().status();
            checked += status == 302 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        pool.shutdown();

        assertThat(checked).isEqualTo(3);
        assertThat(refused).isEqualTo(17);
    }

    @Test
    void noRedirectEchoesTheHostHeader() {
        Map<String, String> evil = Map.of("Host", EVIL, "X-Forwarded-Host", EVIL);
        List<LoopbackClient.Response> redirects = new ArrayList<>();
        redirects.add(http.send("127.0.43.1", "GET", "/", evil, null));
        redirects.add(http.send("127.0.43.1", "GET", "/admin/users", evil, null));
        redirects.add(login("127.0.43.1", "melder", "fout", evil));
        LoopbackClient.Response loggedIn = login("127.0.43.1", "af.utrecht", WebSession.DEMO_PASSWORD, evil);
        redirects.add(loggedIn);
        String session = loggedIn.all("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Map<String, String> withSession = new HashMap<>(evil);
        withSession.put("Cookie", session);
        redirects.add(http.send("127.0.43.1", "GET", "/login", withSession, null));
        LoopbackClient.Response secondStep = http.send("127.0.43.1", "GET", WebSession.SECOND_FACTOR, withSession, null);
        redirects.add(http.post("127.0.43.1", "/logout", Map.of("_csrf", group(CSRF, secondStep.body())), withSession));

        assertThat(redirects).allSatisfy(response -> {
            // 302 from Spring Security, 303 from a Post/Redirect/Get or a redirect of the application.
            assertThat(response.status()).isIn(302, 303);
            assertThat(response.location()).startsWith("/").doesNotContain(EVIL);
        });
        assertThat(redirects).extracting(LoopbackClient.Response::location)
                .containsExactly("/login", "/login", "/login?error", WebSession.SECOND_FACTOR, "/", "/login?logout");
    }

    private LoopbackClient.Response login(String source, String username, String password, Map<String, String> headers) {
        Map.Entry<String, String> page = csrf(http.send(source, "GET", "/login", headers, null));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Cookie", page.getKey());
        return http.post(source, "/login", Map.of("username", username, "password", password, "_csrf", page.getValue()),
                all);
    }

    /** The CSRF cookie (name=value) and the form's token of a login page. */
    private static Map.Entry<String, String> csrf(LoopbackClient.Response page) {
        String cookie = page.all("Set-Cookie").stream().filter(c -> c.startsWith(SessionlessCsrfTokenRepository.COOKIE + "="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        return Map.entry(cookie, group(CSRF, page.body()));
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private Map<String, Long> rowsPerTable() {
        List<String> tables = jdbc.sql("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")
                .query(String.class).list();
        Map<String, Long> rows = new HashMap<>();
        for (String table : tables) {
            rows.put(table.substring(table.indexOf('.') + 1),
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return rows;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> difference = new HashMap<>();
        after.forEach((table, count) -> {
            long added = count - before.getOrDefault(table, 0L);
            if (added != 0) {
                difference.put(table, added);
            }
        });
        return difference;
    }

    private static String group(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
