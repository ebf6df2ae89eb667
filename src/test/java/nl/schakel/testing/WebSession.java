package nl.schakel.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, reduced to what tests need: cookies, the CSRF token of the last page, and
 * no automatic redirects, so every answer can be inspected.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    public static final String DEMO_PASSWORD = "Schakel-demo-2026";
    public static final String SECOND_FACTOR = "/login/tweede-factor";

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrf = "";

    public WebSession(int port) {
        this("http://localhost:" + port);
    }

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Logs in through the real login form and completes the second factor as the person's authenticator app would
     * (enrolling first when the user has none yet). Returns the last step's answer: the login POST's when the
     * password was refused, otherwise the second factor's (303 to the start page, or to the recovery codes after
     * an enrolment).
     */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> first = loginWithPasswordOnly(username, password);
        return location(first).endsWith(SECOND_FACTOR) ? completeSecondFactor(username) : first;
    }

    /** A session of a demo user, logged in with both factors; fails the test when the login is refused. */
    public static WebSession demoUser(int port, String username) {
        WebSession session = new WebSession(port);
        String location = location(session.login(username, DEMO_PASSWORD));
        if (location.contains("error")) {
            throw new AssertionError(username + " could not log in: " + location);
        }
        return session;
    }

    /** The first step alone: the login POST's answer, with the session waiting for the second factor. */
    public HttpResponse<String> loginWithPasswordOnly(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** The second step: the current code from the user's app, or enrolment with a new one. */
    public HttpResponse<String> completeSecondFactor(String username) {
        HttpResponse<String> page = get(SECOND_FACTOR);
        if (location(page).endsWith("/login/koppelen")) {
            String secret = SecondFactorCodes.enrolFromPage(username, get("/login/koppelen").body());
            HttpResponse<String> enrolled = post("/login/koppelen",
                    Map.of("code", SecondFactorCodes.codeForSecret(secret, URI.create(baseUrl).getPort())));
            if (location(enrolled).endsWith("/login/herstelcodes")) {
                SecondFactorCodes.rememberRecoveryCodes(username, get("/login/herstelcodes").body());
            }
            return enrolled;
        }
        return post(SECOND_FACTOR, Map.of("code", SecondFactorCodes.codeFor(username, URI.create(baseUrl).getPort())));
    }

    /** What a monitoring system or partner system would ask: JSON. */
    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().header("Accept", "application/json")
                .build());
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                .header("Accept", "text/html").build());
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    /** A download's bytes (a PDF, a workbook); fails the test unless it answers 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a form in which a field may occur more than once (checkbox lists). */
    public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> pairs) {
        java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(pairs);
        fields.add(Map.entry("_csrf", csrf));
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> post(String path) {
        return post(path, Map.of());
    }

    /** Follows a redirect (Post/Redirect/Get) with a GET, as a browser would; any other answer is returned as is. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        String location = location(response);
        if (response.statusCode() / 100 != 3 || location.isEmpty()) {
            return response;
        }
        return get(location.startsWith("/") ? location : URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()));
    }

    /** Posts a form and follows its redirect to the page that shows the outcome. */
    public HttpResponse<String> postAndFollow(String path, Map<String, String> form) {
        return follow(post(path, form));
    }

    public HttpResponse<String> postAndFollow(String path, java.util.List<Map.Entry<String, String>> pairs) {
        return follow(post(path, pairs));
    }

    /** Logs out with the form in the page header. */
    public HttpResponse<String> logout() {
        get("/");
        return post("/logout");
    }

    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Uses another browser's session cookie, as a load balancer sending the next request elsewhere would. */
    public void adoptSession(String sessionId) {
        HttpCookie cookie = new HttpCookie("SESSION", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    /** The browser itself, with this session's cookies, for requests built by hand. */
    public HttpClient client() {
        return client;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
