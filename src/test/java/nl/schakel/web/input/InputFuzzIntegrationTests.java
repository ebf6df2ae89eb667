package nl.schakel.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Parameter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.TestUsers;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.context.TestPropertySource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue 17, points 4 and 5: no input gives a 500, and no submitted text reaches the log.
 * <p>
 * Every endpoint of Schakel that takes input — POST, PUT, PATCH and DELETE mappings and GET mappings with
 * parameters, found in the {@link RequestMappingHandlerMapping} (so endpoints added later are fuzzed too),
 * plus login and logout — gets at least {@value #PAYLOADS} malformed requests on a real Tomcat, as a user who
 * may reach it with a valid CSRF token, or on the API with a bearer token holding every scope. Not one answer
 * may be 500 or more, or be cut off. Every text sent holds a canary; afterwards the whole log (every logger at
 * INFO, the embedded PostgreSQL's own output at DEBUG, and everything written to stdout and stderr) must not
 * hold a single one.
 * <p>
 * It runs in its own application context with its own database (the property below), so what it writes
 * does not disturb other tests.
 */
@SchakelIntegrationTest
@TestPropertySource(properties = {"logging.level.root=INFO", "logging.level.nl.schakel=DEBUG",
        "logging.level.io.zonky.test.db.postgres=DEBUG", "logging.level.org.apache.tomcat=INFO",
        "logging.level.org.apache.catalina=INFO", "logging.level.org.springframework.web=INFO",
        "schakel.test.context=input-fuzz"})
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InputFuzzIntegrationTests {

    static final int PAYLOADS = 500;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    Organisations organisations;
    @Autowired
    ApiTokens tokens;

    private static final LogCanaryAppender LOG = new LogCanaryAppender();
    private static String capturedOutput = "";

    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private Session anonymous;
    private String apiToken;
    private Map<String, String> realIds;
    private final Map<String, Integer> sentPerEndpoint = new TreeMap<>();
    private final Map<String, String> userPerEndpoint = new TreeMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<String, Map<Integer, Integer>> statusesPerKind = new java.util.concurrent.ConcurrentSkipListMap<>();

    @BeforeAll
    void setUp() {
        LOG.start();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).addAppender(LOG);
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UserId admin = new UserId(jdbc.sql("select id from app_user where username = 'beheerder'")
                .query(UUID.class).single());
        // Users of their own, so that locking, deactivating or a changed password never hits a demo user.
        for (Map.Entry<String, Role[]> user : Map.of(
                "Gemeente Utrecht/officer", new Role[] {Role.DESIGNATED_OFFICER},
                "Gemeente Utrecht/admin", new Role[] {Role.ADMIN},
                "Gemeente Utrecht/reporter", new Role[] {Role.REPORTER, Role.MANAGER, Role.ANALYST},
                "Moviera/partner", new Role[] {Role.CARE_COORDINATOR}).entrySet()) {
            String organisation = user.getKey().substring(0, user.getKey().indexOf('/'));
            String username = TestUsers.create(users, organisations, organisation, user.getValue());
            sessions.put(user.getKey().substring(user.getKey().indexOf('/') + 1), new Session(username));
        }
        anonymous = new Session(null);
        Organisation utrecht = organisations.inRegion(region).stream().filter(o -> o.name().equals("Gemeente Utrecht"))
                .findFirst().orElseThrow();
        apiToken = tokens.create(region, utrecht.id(), "Fuzz", Set.of(ApiScope.values()), null, admin).value();
        UUID signal = TestSignals.sendPublic(port, jdbc, "Een melding om op te fuzzen, over een kwekerij.",
                "Gemeente Utrecht", List.of()).id();
        String victimUser = TestUsers.create(users, organisations, "Gemeente Utrecht", Role.REPORTER);
        UUID victimToken = tokens.create(region, utrecht.id(), "Fuzz target", Set.of(ApiScope.values()), null, admin)
                .id().value();
        realIds = Map.of("/signalen/", signal.toString(), "/admin/users/", TestUsers.idOf(jdbc, victimUser).value()
                .toString(), "/admin/api-tokens/", victimToken.toString());
    }

    @AfterAll
    void tearDown() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(LOG);
        // The fuzz guesses passwords and second-factor codes: leave no account locked for the tests after it.
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null").update();
    }

    @Test
    @Order(1)
    void noMalformedRequestToAnyEndpointGetsA500(CapturedOutput output) throws Exception {
        try {
            fuzzEveryEndpoint();
        } finally {
            Thread.sleep(500);
            capturedOutput = output.getAll();
        }
    }

    private void fuzzEveryEndpoint() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("endpoints found in the handler mapping").hasSizeGreaterThan(40);
        // -Dfuzz.only=<regex> fuzzes only the endpoints whose "METHOD /pattern" matches (for finding a cause).
        String only = System.getProperty("fuzz.only", "");
        if (!only.isEmpty()) {
            endpoints = endpoints.stream().filter(e -> (e.method() + " " + e.pattern()).matches(only)).toList();
        }
        FuzzPayloads payloads = new FuzzPayloads(17);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Endpoint endpoint : endpoints) {
                Session session = sessionFor(endpoint);
                List<FuzzPayloads.Payload> batch = endpoint.api() ? payloads.json(endpoint.fields(), PAYLOADS)
                        : payloads.forms(endpoint.fields(), PAYLOADS);
                if (!BODY_METHODS.contains(endpoint.method())) {
                    // A GET carries its form in the query string: only what can be put there.
                    batch = batch.stream().filter(p -> p.contentType().startsWith("application/x-www-form-urlencoded")
                            && !p.truncated()).toList();
                    while (batch.size() < PAYLOADS) {
                        batch = new ArrayList<>(batch);
                        batch.addAll(payloads.forms(endpoint.fields(), PAYLOADS).stream()
                                .filter(p -> p.kind().equals("random")).limit(PAYLOADS - batch.size()).toList());
                    }
                }
                AtomicInteger sent = new AtomicInteger();
                long started = System.nanoTime();
                List<Future<?>> running = new ArrayList<>();
                for (FuzzPayloads.Payload payload : batch) {
                    String path = endpoint.path(payloads, realIds);
                    running.add(pool.submit(() -> {
                        try {
                            send(endpoint, session, path, payload);
                            sent.incrementAndGet();
                        } catch (RuntimeException e) {
                            failures.add(endpoint.method() + " " + endpoint.pattern() + " [" + payload.kind()
                                    + "]: not sent (" + e + ")");
                        }
                    }));
                }
                for (Future<?> future : running) {
                    future.get();
                }
                sentPerEndpoint.put(endpoint.method() + " " + endpoint.pattern(), sent.get());
                System.out.printf("Input fuzz: %s %s, %d requests in %d ms as %s%n", endpoint.method(), endpoint.pattern(),
                        sent.get(), (System.nanoTime() - started) / 1_000_000,
                        userPerEndpoint.get(endpoint.method() + " " + endpoint.pattern()));
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("Input fuzz: " + sentPerEndpoint.size() + " endpoints, "
                + sentPerEndpoint.values().stream().mapToInt(Integer::intValue).sum() + " requests; users "
                + userPerEndpoint);
        statusesPerKind.forEach((kind, statuses) -> System.out.println("Input fuzz answers to " + kind + ": "
                + statuses));
        assertThat(sentPerEndpoint.values()).as("payloads per endpoint").allMatch(count -> count >= PAYLOADS);
        assertThat(failures).as("answers of 500 or more, or cut off").isEmpty();
    }

    @Test
    @Order(2)
    void noCanaryReachesTheLog() {
        String logged = LOG.text();
        assertThat(logged).as("the log captured the refusals (so it was listening)")
                .contains("Request refused");
        assertThat(capturedOutput).as("stdout and stderr captured").contains("Request refused");
        List<String> hits = new ArrayList<>();
        for (String line : (logged + "\n" + capturedOutput).split("\n")) {
            if (line.contains(FuzzPayloads.CANARY)) {
                hits.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
            }
        }
        assertThat(hits).as("log lines holding submitted text").isEmpty();
    }

    // ---------------------------------------------------------------- sending

    private void send(Endpoint endpoint, Session session, String path, FuzzPayloads.Payload payload) {
        String query = payload.query();
        String csrf = endpoint.needsCsrf() ? "_csrf=" + FuzzPayloads.enc(session.csrf()) : "";
        boolean bodyMethod = BODY_METHODS.contains(endpoint.method());
        byte[] body = payload.body();
        if (!bodyMethod) {
            // GET: the form travels in the query string.
            query = join(query, new String(body, StandardCharsets.ISO_8859_1));
            body = new byte[0];
        } else if (!csrf.isEmpty()) {
            query = join(query, csrf);
        }
        String target = path + (query.isEmpty() ? "" : "?" + query);
        int status;
        try {
            status = payload.truncated() || !validUri(target)
                    ? sendRaw(endpoint, session, target, payload.contentType(), body, bodyMethod, payload.truncated())
                    : sendWhole(endpoint, session, target, payload.contentType(), body, bodyMethod);
        } catch (IOException e) {
            failures.add(endpoint.method() + " " + endpoint.pattern() + " [" + payload.kind() + "]: no answer ("
                    + e.getClass().getSimpleName() + ")");
            return;
        }
        if (status >= 500) {
            failures.add(endpoint.method() + " " + endpoint.pattern() + " [" + payload.kind() + "]: " + status);
        }
        statusesPerKind.computeIfAbsent(payload.kind(), k -> new java.util.concurrent.ConcurrentSkipListMap<>())
                .merge(status, 1, Integer::sum);
    }

    private int sendWhole(Endpoint endpoint, Session session, String target, String contentType, byte[] body,
            boolean bodyMethod) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .timeout(Duration.ofSeconds(60))
                .method(endpoint.method(), bodyMethod ? HttpRequest.BodyPublishers.ofByteArray(body)
                        : HttpRequest.BodyPublishers.noBody())
                .header("Accept", endpoint.api() ? "application/json" : "text/html");
        if (bodyMethod) {
            request.header("Content-Type", contentType);
        }
        if (endpoint.api()) {
            request.header("Authorization", "Bearer " + apiToken);
        }
        try {
            HttpResponse<String> response = session.client(endpoint).send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            if (!endpoint.api() && session.loggedIn() && WebSession.location(response).endsWith("/login")) {
                session.login();
            }
            return response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static boolean validUri(String target) {
        try {
            URI.create("http://localhost" + target);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Over a plain socket: a request line no URI class accepts (broken escapes), or a body announced in
     * full but cut off halfway, as a client that goes away would send it.
     */
    private int sendRaw(Endpoint endpoint, Session session, String target, String contentType, byte[] body,
            boolean bodyMethod, boolean truncate) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(endpoint.method() + " " + target + " HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            if (bodyMethod) {
                head.append("Content-Type: ").append(contentType).append("\r\n")
                        .append("Content-Length: ").append(body.length).append("\r\n");
            }
            if (endpoint.api()) {
                head.append("Authorization: Bearer ").append(apiToken).append("\r\n");
            }
            session.cookie(endpoint).ifPresent(cookie -> head.append("Cookie: SESSION=").append(cookie).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (bodyMethod) {
                out.write(body, 0, truncate ? body.length / 2 : body.length);
            }
            out.flush();
            if (truncate) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int read; answer.size() < 16 && (read = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, read);
            }
            String statusLine = answer.toString(StandardCharsets.ISO_8859_1);
            if (truncate && statusLine.isEmpty()) {
                // The client went away before its body was complete: closing without an answer is right.
                return 0;
            }
            if (!statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("no status line");
            }
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "&" + second;
    }

    // ---------------------------------------------------------------- endpoints

    record Endpoint(String method, String pattern, List<FuzzPayloads.Field> fields, boolean api) {

        boolean needsCsrf() {
            return !api && !pattern.startsWith("/melden") && !pattern.startsWith("/doorverwijzing/");
        }

        boolean publicPath() {
            return pattern.startsWith("/melden") || pattern.startsWith("/doorverwijzing/") || pattern.equals("/login")
                    || pattern.equals("/logout");
        }

        String path(FuzzPayloads payloads, Map<String, String> realIds) {
            String real = realIds.entrySet().stream().filter(e -> pattern.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(UUID.randomUUID().toString());
            Matcher variable = Pattern.compile("\\{([^}]+)\\}").matcher(pattern);
            StringBuilder path = new StringBuilder();
            boolean first = true;
            while (variable.find()) {
                String value = first ? payloads.pathValue(real) : payloads.pathValue(UUID.randomUUID().toString());
                variable.appendReplacement(path, Matcher.quoteReplacement(value));
                first = false;
            }
            variable.appendTail(path);
            return path.toString();
        }
    }

    /** Schakel's endpoints that take input, from the handler mapping; plus login and logout (Spring Security's). */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("nl.schakel")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            List<FuzzPayloads.Field> fields = new ArrayList<>();
            boolean json = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                Parameter p = parameter.getParameter();
                Class<?> type = parameter.getParameterType();
                if (parameter.hasParameterAnnotation(PathVariable.class)
                        || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                        || parameter.hasParameterAnnotation(RequestHeader.class) || ignored(type)) {
                    continue;
                }
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    json = true;
                    fields.addAll(FuzzPayloads.fields("", parameter.getGenericParameterType(), 0));
                    continue;
                }
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                String name = requestParam != null && !requestParam.name().isEmpty() ? requestParam.name() : p.getName();
                if (FuzzPayloads.isSimple(type) || MultipartFile.class.isAssignableFrom(type)
                        || Collection.class.isAssignableFrom(type)) {
                    fields.addAll(FuzzPayloads.fields(name, parameter.getGenericParameterType(), 0));
                } else {
                    fields.addAll(FuzzPayloads.fields("", parameter.getGenericParameterType(), 0));
                }
            }
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET", "POST")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name)
                            .collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    if (BODY_METHODS.contains(method) || !fields.isEmpty()) {
                        endpoints.add(new Endpoint(method, pattern, fields, json || pattern.startsWith("/api/")));
                    }
                }
            }
        }
        endpoints.add(new Endpoint("POST", "/login", List.of(new FuzzPayloads.Field("username", String.class),
                new FuzzPayloads.Field("password", String.class)), false));
        endpoints.add(new Endpoint("POST", "/logout", List.of(), false));
        endpoints.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static boolean ignored(Class<?> type) {
        return Model.class.isAssignableFrom(type) || BindingResult.class.isAssignableFrom(type)
                || RedirectAttributes.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.servlet")
                || type.getName().startsWith("java.security") || type.getName().startsWith("org.springframework")
                || type == java.util.Locale.class || type.getName().equals("nl.schakel.access.SchakelUser")
                || type.getName().equals("nl.schakel.access.ApiClient");
    }

    /** The first of our users who is neither sent to the login page nor refused (403) with an empty request. */
    private Session sessionFor(Endpoint endpoint) throws IOException {
        if (endpoint.api() || endpoint.publicPath()) {
            userPerEndpoint.put(endpoint.method() + " " + endpoint.pattern(), endpoint.api() ? "bearer" : "anonymous");
            return anonymous;
        }
        String path = endpoint.path(new FuzzPayloads(1) {
            @Override
            String pathValue(String real) {
                return real;
            }
        }, realIds);
        for (Map.Entry<String, Session> candidate : sessions.entrySet()) {
            Session session = candidate.getValue();
            String target = path + (BODY_METHODS.contains(endpoint.method()) ? "?_csrf="
                    + FuzzPayloads.enc(session.csrf()) : "");
            int status = sendWhole(endpoint, session, target, "application/x-www-form-urlencoded", new byte[0],
                    BODY_METHODS.contains(endpoint.method()));
            if (status != 403 && status != 401) {
                userPerEndpoint.put(endpoint.method() + " " + endpoint.pattern(), candidate.getKey());
                return session;
            }
        }
        userPerEndpoint.put(endpoint.method() + " " + endpoint.pattern(), "none (403 for all)");
        return sessions.values().iterator().next();
    }

    /** A browser of one of our users: its session cookie and CSRF token. */
    private final class Session {

        private final String username;
        private final WebSession web;
        private final HttpClient cookieless = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private volatile String csrf = "";

        Session(String username) {
            this.username = username;
            this.web = new WebSession(port);
            login();
        }

        synchronized void login() {
            if (username != null) {
                // Fuzzing the password change guesses the current password, and enough wrong guesses lock the
                // account and end its sessions (as they must); the fuzz goes on after lifting that lock.
                jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
                        .param(username).update();
                HttpResponse<String> login = web.login(username, TestUsers.PASSWORD);
                assertThat(WebSession.location(login)).as("login of " + username).doesNotContain("error");
                readCsrf(web.get("/"));
            } else {
                readCsrf(web.get("/login"));
            }
        }

        private void readCsrf(HttpResponse<String> page) {
            Matcher matcher = CSRF.matcher(page.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
        }

        boolean loggedIn() {
            return username != null;
        }

        String csrf() {
            return csrf;
        }

        Optional<String> cookie(Endpoint endpoint) {
            return endpoint.api() || endpoint.publicPath() && username == null ? Optional.empty() : web.sessionCookie();
        }

        HttpClient client(Endpoint endpoint) {
            return endpoint.api() || endpoint.publicPath() && !endpoint.pattern().equals("/login")
                    && !endpoint.pattern().equals("/logout") ? cookieless : web.client();
        }
    }

    /** Every log event of every logger, rendered with its exceptions and their messages in full. */
    static final class LogCanaryAppender extends AppenderBase<ILoggingEvent> {

        private final StringBuffer text = new StringBuffer();
        private PatternLayout layout;

        @Override
        public void start() {
            layout = new PatternLayout();
            layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            layout.setPattern("%level %logger %msg %ex{full}%n");
            layout.start();
            setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            super.start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            text.append(layout.doLayout(event));
        }

        String text() {
            return text.toString();
        }
    }
}
