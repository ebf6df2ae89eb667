package nl.schakel.intake.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The anonymous resident's way through the public intake, and the traces it must not leave. */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PublicIntakeIntegrationTests {

    static final Pattern RECEIPT = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntakeThrottles throttles;

    @BeforeEach
    void forgetThrottles() {
        throttles.clear();
    }

    @Test
    void anAnonymousResidentReportsFollowsUpAndAnswersTheOfficersQuestion() {
        WebSession resident = new WebSession(port);
        String description = "Er wonen twaalf mensen in één huis " + UUID.randomUUID();

        String code = send(resident, signal(description, municipality("Gemeente Utrecht")));

        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        UUID id = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
        assertThat(officer.get("/signalen").body()).contains(reference(id));
        assertThat(officer.get("/signalen/" + id).body()).contains(description).contains("Anoniem gemeld");
        officer.post("/signalen/" + id + "/oppakken");
        officer.get("/signalen/" + id);
        officer.post("/signalen/" + id + "/bericht", Map.of("body", "Weet u op welk adres dit is?"));

        HttpResponse<String> followUp = resident.postAndFollow("/melden/volgen", Map.of("code", code.toLowerCase()));
        assertThat(followUp.statusCode()).isEqualTo(200);
        assertThat(followUp.body()).contains("Weet u op welk adres dit is?").contains("In behandeling");
        HttpResponse<String> answered = resident.postAndFollow("/melden/volgen", Map.of("code", code, "reply",
                "Het is de Oudegracht, het huis met de blauwe deur."));
        assertThat(answered.body()).contains("Uw bericht is verstuurd");

        assertThat(officer.get("/signalen/" + id).body()).contains("het huis met de blauwe deur");
        assertThat(audit("SIGNAL_RECEIVED", id)).isEqualTo(1);
        assertThat(audit("REPORTER_REPLIED", id)).isEqualTo(1);
        assertThat(audit("FOLLOW_UP_VIEWED", id)).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(officer.get("/").body())
                .contains("Nieuw signaal ontvangen").contains("De melder heeft gereageerd"));
    }

    @Test
    void theAnonymousReporterLeavesNoTraceAndGetsNoCookie(CapturedOutput output) {
        String canary = "canary" + UUID.randomUUID().toString().replace("-", "");
        String address = "203.0.113." + (int) (Math.random() * 200);
        Map<String, String> headers = Map.of("X-Forwarded-For", address + ", 198.51.100.7", "X-Real-IP", address,
                "User-Agent", "Mozilla/5.0 " + canary, "Forwarded", "for=" + address);
        String description = "Signaal zonder sporen " + UUID.randomUUID();

        List<HttpResponse<String>> responses = new java.util.ArrayList<>();
        responses.add(send(HttpRequest.newBuilder(uri("/melden")).GET(), headers));
        responses.add(send(post("/melden", signal(description, "")), headers));
        Map<String, String> sending = new LinkedHashMap<>(signal(description, ""));
        sending.put("step", "send");
        HttpResponse<String> sent = send(post("/melden", sending), headers);
        responses.add(sent);
        assertThat(sent.statusCode()).isEqualTo(303);
        HttpResponse<String> receipt = send(HttpRequest.newBuilder(uri(WebSession.location(sent))).GET(), headers);
        responses.add(receipt);
        Matcher code = RECEIPT.matcher(receipt.body());
        assertThat(code.find()).isTrue();
        responses.add(send(HttpRequest.newBuilder(uri("/melden/volgen")).GET(), headers));
        HttpResponse<String> lookedUp = send(post("/melden/volgen", Map.of("code", code.group(1))), headers);
        responses.add(lookedUp);
        responses.add(send(HttpRequest.newBuilder(uri(WebSession.location(lookedUp))).GET(), headers));
        responses.add(send(post("/melden/volgen", Map.of("code", "0000-0000-0000-0000-0000-0000")), headers));

        responses.forEach(r -> assertThat(r.headers().allValues("Set-Cookie")).as(r.uri().toString()).isEmpty());
        // Pages holding the receipt code must not be kept by the browser or a proxy.
        assertThat(receipt.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(responses.get(6).headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(responses.get(3).statusCode()).isEqualTo(200);
        // Nothing identifying in a URL: the redirects carry a random handle, never the receipt code.
        responses.forEach(r -> assertThat(r.uri().toString() + WebSession.location(r))
                .doesNotContain(code.group(1)).doesNotContain(code.group(1).replace("-", "")));
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'").query(String.class).list()) {
            int hits = jdbc.sql("select count(*) from \"" + table + "\" t where t::text like ? or t::text like ? "
                    + "or t::text like ?").params("%" + canary + "%", "%" + address + "%", "%198.51.100.7%")
                    .query(Integer.class).single();
            assertThat(hits).as(table).isZero();
        }
        assertThat(output.getAll()).doesNotContain(canary).doesNotContain(address).doesNotContain("198.51.100.7")
                .doesNotContain(code.group(1));
    }

    @Test
    void anIncompleteFormIsExplainedAndKeepsWhatWasTyped() {
        Map<String, String> form = signal("", "");
        form.put("persons[0].name", "Roxana met de rode jas");
        form.put("phones[0].number", "06-abc");

        HttpResponse<String> response = new WebSession(port).post("/melden", form);

        assertThat(response.statusCode()).isEqualTo(422);
        // The first page with an error is shown; the other pages' answers travel along in it (the phone number's
        // error shows on its own page: PublicStepsIntegrationTests).
        assertThat(response.body()).contains("Beschrijf kort wat u heeft gezien.")
                .contains("value=\"Roxana met de rode jas\"").contains("value=\"06-abc\"");
    }

    @Test
    void theReviewStepShowsEverythingAndChangingItLosesNothing() {
        Map<String, String> form = signal("Een jongen van 15 bezorgt 's nachts pakketjes", "");
        form.put("persons[0].name", "Kevin");
        form.put("persons[0].age", "15");
        form.put("vulnerabilities", "MINOR");
        form.put("acute", "true");

        HttpResponse<String> review = new WebSession(port).post("/melden", form);
        assertThat(review.body()).contains("Controleer uw melding").contains("Kevin").contains("ongeveer 15 jaar")
                .contains("Minderjarig").contains("name=\"persons[0].name\" value=\"Kevin\"");

        form.put("step", "edit");
        HttpResponse<String> edit = new WebSession(port).post("/melden", form);
        assertThat(edit.body()).contains("value=\"Kevin\"").contains("value=\"15\"")
                .contains("Een jongen van 15 bezorgt");
    }

    @Test
    void onlyADescriptionIsRequired() {
        String description = "Alleen een beschrijving, verder niets " + UUID.randomUUID();

        WebSession resident = new WebSession(port);
        HttpResponse<String> receipt = resident.postAndFollow("/melden", Map.of("description", description,
                "step", "send"));

        assertThat(RECEIPT.matcher(receipt.body()).find()).isTrue();
        assertThat(jdbc.sql("select reporter_type || ' ' || anonymous from signal where description = ?")
                .param(description).query(String.class).single()).isEqualTo("UNKNOWN true");
    }

    @Test
    void wrongReceiptCodesAreThrottled() {
        WebSession guesser = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.post("/melden/volgen", Map.of("code", "0000-0000-0000-0000-0000-000" + i))
                    .statusCode()).isEqualTo(404);
        }

        HttpResponse<String> throttled = guesser.post("/melden/volgen", Map.of("code", "0000-0000-0000-0000-0000-0009"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Even wachten");
    }

    @Test
    void theHoneypotKeepsRobotsOut() {
        String description = "Robotmelding " + UUID.randomUUID();
        Map<String, String> form = signal(description, "");
        form.put("step", "send");
        form.put("website", "http://spam.example");

        WebSession robot = new WebSession(port);
        HttpResponse<String> response = robot.postAndFollow("/melden", form);

        assertThat(response.body()).contains("Uw melding is verstuurd").doesNotContain("<code>");
        assertThat(jdbc.sql("select count(*) from signal where description = ?").param(description)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void thePublicFormSpeaksEnglishWithoutACookie() {
        HttpResponse<String> english = new WebSession(port).get("/melden?lang=en");

        assertThat(english.body()).contains("Report a signal of human trafficking").contains("name=\"lang\" value=\"en\"");
        assertThat(english.headers().allValues("Set-Cookie")).isEmpty();
    }

    /** A minimal valid signal as the public form posts it. */
    static Map<String, String> signal(String description, String municipalityId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("municipalityId", municipalityId);
        form.put("reporterType", "RESIDENT");
        form.put("anonymous", "true");
        form.put("step", "review");
        return form;
    }

    /** Sends a signal through review and send; returns the receipt code shown. */
    static String send(WebSession browser, Map<String, String> form) {
        HttpResponse<String> review = browser.post("/melden", form);
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        Map<String, String> sending = new LinkedHashMap<>(form);
        sending.put("step", "send");
        HttpResponse<String> receipt = browser.postAndFollow("/melden", sending);
        Matcher matcher = RECEIPT.matcher(receipt.body());
        assertThat(matcher.find()).as("receipt code shown").isTrue();
        return matcher.group(1);
    }

    private String municipality(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).single().toString();
    }

    private String reference(UUID id) {
        return jdbc.sql("select reference from signal where id = ?").param(id).query(String.class).single();
    }

    private int audit(String action, UUID id) {
        return jdbc.sql("select count(*) from audit_record where action = ? and object_id = ?")
                .params(action, id.toString()).query(Integer.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(),
                java.nio.charset.StandardCharsets.UTF_8) + "=" + java.net.URLEncoder.encode(e.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        request.header("Accept", "text/html");
        return new WebSession(port).send(request.build());
    }
}
