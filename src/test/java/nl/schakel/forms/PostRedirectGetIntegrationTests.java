package nl.schakel.forms;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post/Redirect/Get and one-time form tokens (issue 9, decision 0013), over HTTP as a browser sends forms: every
 * state-changing form answers 303; the same form token a second time (double click, reload, resend) changes
 * nothing and goes to the first outcome; a form with problems still answers 422 and gives its token back; the
 * public receipt is shown from a short-lived handle, without a cookie and without the code in any URL or log.
 */
@SchakelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PostRedirectGetIntegrationTests {

    private static final Pattern RECEIPT = Pattern.compile("<code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    MutableClock clock;

    @org.junit.jupiter.api.BeforeEach
    void forgetThrottles() {
        // Other classes in this shared context guess receipt codes on purpose; their failures must not throttle these.
        nl.schakel.intake.web.IntakeThrottlesReset.clear(context);
    }

    @Test
    void thePublicFormSentTwiceWithOneTokenStoresOneSignalAndShowsTheSameReceipt(CapturedOutput output) {
        String description = "Dubbel verstuurd " + UUID.randomUUID();
        WebSession resident = new WebSession(port);
        Map<String, String> sending = reviewed(resident, description);

        HttpResponse<String> first = resident.post("/melden", sending);
        HttpResponse<String> again = resident.post("/melden", sending);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(again)).isEqualTo(WebSession.location(first)).contains("/melden/ontvangen/");
        assertThat(signals(description)).isEqualTo(1);
        HttpResponse<String> receipt = resident.follow(first);
        Matcher code = RECEIPT.matcher(receipt.body());
        assertThat(code.find()).isTrue();
        HttpResponse<String> reloaded = resident.follow(again);
        assertThat(reloaded.body()).contains(code.group(1));
        assertThat(signals(description)).isEqualTo(1);
        for (HttpResponse<String> response : List.of(first, again, receipt, reloaded)) {
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.uri() + " " + WebSession.location(response)).doesNotContain(code.group(1))
                    .doesNotContain(code.group(1).replace("-", ""));
        }
        assertThat(receipt.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(output.getAll()).doesNotContain(code.group(1)).doesNotContain(sending.get(FormTokens.FIELD));
    }

    /**
     * A token planted in someone else's form (e.g. by a look-alike page) does not lead its planter to that
     * person's receipt: the same token with another content is another arrival. A token Schakel did not issue
     * is ignored and stores nothing.
     */
    @Test
    void aPlantedTokenNeverLeadsToSomeoneElsesReceipt() {
        String description = "Geplant " + UUID.randomUUID();
        WebSession resident = new WebSession(port);
        Map<String, String> sending = reviewed(resident, description);
        HttpResponse<String> reporter = resident.post("/melden", sending);

        Map<String, String> planted = new LinkedHashMap<>(sending);
        planted.put("description", "Iets anders " + UUID.randomUUID());
        HttpResponse<String> planter = new WebSession(port).post("/melden", planted);

        assertThat(reporter.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(planter)).isNotEqualTo(WebSession.location(reporter));
        assertThat(signals(description)).isEqualTo(1);

        int rows = jdbc.sql("select count(*) from form_submission").query(Integer.class).single();
        Map<String, String> madeUp = new LinkedHashMap<>(sending);
        madeUp.put(FormTokens.FIELD, "A".repeat(43));
        madeUp.put("description", "Verzonnen " + UUID.randomUUID());
        new WebSession(port).post("/melden", madeUp);
        assertThat(jdbc.sql("select count(*) from form_submission").query(Integer.class).single()).isEqualTo(rows);
    }

    @Test
    void aDoubleClickOnSendStoresOneSignal() throws Exception {
        String description = "Dubbelklik " + UUID.randomUUID();
        WebSession resident = new WebSession(port);
        Map<String, String> sending = reviewed(resident, description);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new WebSession(port).post("/melden", sending);
            }));
        }
        start.countDown();

        List<HttpResponse<String>> answers = clicks.stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(303));
        assertThat(WebSession.location(answers.get(0))).isEqualTo(WebSession.location(answers.get(1)));
        assertThat(signals(description)).isEqualTo(1);
    }

    @Test
    void theReceiptCanBeReloadedForTenMinutesOrUntilTheReporterSaysItIsKept() {
        WebSession resident = new WebSession(port);
        HttpResponse<String> sent = resident.post("/melden", reviewed(resident, "Ontvangst " + UUID.randomUUID()));
        String receiptPath = WebSession.location(sent);

        assertThat(resident.get(receiptPath).statusCode()).isEqualTo(200);
        HttpResponse<String> reloaded = resident.get(receiptPath);
        assertThat(RECEIPT.matcher(reloaded.body()).find()).isTrue();
        HttpResponse<String> kept = resident.post(receiptPath + "/vergeten", Map.of(FormTokens.FIELD, token(reloaded.body(),
                "/vergeten")));
        assertThat(kept.statusCode()).isEqualTo(303);
        HttpResponse<String> gone = resident.follow(kept);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(RECEIPT.matcher(gone.body()).find()).isFalse();
        assertThat(gone.body()).contains("Deze pagina is niet meer te zien");

        HttpResponse<String> later = resident.post("/melden", reviewed(resident, "Later " + UUID.randomUUID()));
        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> expired = resident.follow(later);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(RECEIPT.matcher(expired.body()).find()).isFalse();
        assertThat(resident.get("/melden/ontvangen/" + "A".repeat(43)).statusCode()).isEqualTo(410);
    }

    @Test
    void theReportersAnswerSentTwiceIsStoredOnceAndTheFollowUpPageCanBeReloaded() {
        String description = "Volgen " + UUID.randomUUID();
        TestSignals.Sent signal = TestSignals.sendPublic(port, jdbc, description, "Gemeente Utrecht", List.of());
        WebSession resident = new WebSession(port);
        resident.get("/melden/volgen");
        HttpResponse<String> lookedUp = resident.post("/melden/volgen", Map.of("code", signal.receipt(),
                FormTokens.FIELD, token(resident.get("/melden/volgen").body(), "/melden/volgen")));
        assertThat(lookedUp.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(lookedUp)).startsWith("/melden/volgen/").doesNotContain(signal.receipt());
        HttpResponse<String> page = resident.follow(lookedUp);
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> answer = Map.of("code", signal.receipt(), "reply", "Het was op dinsdag.",
                FormTokens.FIELD, token(page.body(), "/melden/volgen"));

        HttpResponse<String> first = resident.post("/melden/volgen", answer);
        HttpResponse<String> again = resident.post("/melden/volgen", answer);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(again)).isEqualTo(WebSession.location(first));
        assertThat(jdbc.sql("select count(*) from signal_message where signal_id = ? and direction = 'FROM_REPORTER'")
                .param(signal.id()).query(Integer.class).single()).isEqualTo(1);
        HttpResponse<String> shown = resident.follow(first);
        assertThat(shown.body()).contains("Het was op dinsdag.").contains("Uw bericht is verstuurd");
        HttpResponse<String> reloaded = resident.follow(first);
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("Het was op dinsdag.").doesNotContain("Uw bericht is verstuurd");
        assertThat(jdbc.sql("select count(*) from signal_message where signal_id = ? and direction = 'FROM_REPORTER'")
                .param(signal.id()).query(Integer.class).single()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(11));
        assertThat(resident.follow(first).body()).contains("Vul uw ontvangstcode opnieuw in")
                .doesNotContain("Het was op dinsdag.");
    }

    @Test
    void anOfficersFormWithProblemsKeepsItsTokenAndTheCorrectedFormCountsOnce() {
        TestSignals.Sent signal = TestSignals.sendPublic(port, jdbc, "Notities " + UUID.randomUUID(),
                "Gemeente Utrecht", List.of());
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        String notes = "/signalen/" + signal.id() + "/notities";
        String token = token(officer.get("/signalen/" + signal.id()).body(), notes);

        HttpResponse<String> empty = officer.post(notes, Map.of("body", " ", FormTokens.FIELD, token));
        assertThat(empty.statusCode()).isEqualTo(422);
        HttpResponse<String> first = officer.post(notes, Map.of("body", "Gebeld met de wijkagent", FormTokens.FIELD,
                token));
        HttpResponse<String> again = officer.post(notes, Map.of("body", "Gebeld met de wijkagent", FormTokens.FIELD,
                token));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(again)).isEqualTo(WebSession.location(first));
        assertThat(jdbc.sql("select count(*) from signal_note where signal_id = ?").param(signal.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(officer.follow(first).body()).contains("Gebeld met de wijkagent");
        // Another form on the same page is not confused with it: its own token does its own work.
        String message = "/signalen/" + signal.id() + "/bericht";
        HttpResponse<String> asked = officer.post(message, Map.of("body", "Welke straat?", FormTokens.FIELD,
                token(officer.get("/signalen/" + signal.id()).body(), message)));
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("select count(*) from signal_message where signal_id = ?").param(signal.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNewUsersTemporaryPasswordIsShownOnceAndTheFormSentAgainCreatesNoSecondUser() {
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        String username = "prg." + UUID.randomUUID().toString().substring(0, 6);
        UUID houten = jdbc.sql("select id from organisation where name = 'Gemeente Houten'").query(UUID.class).single();
        Map<String, String> form = Map.of("username", username, "displayName", "Pim Prg", "email", "",
                "organisationId", houten.toString(), "roles", "REPORTER",
                FormTokens.FIELD, token(admin.get("/admin/users/new").body(), "/admin/users"));

        HttpResponse<String> first = admin.post("/admin/users", form);
        HttpResponse<String> shown = admin.follow(first);
        HttpResponse<String> again = admin.post("/admin/users", form);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(shown.body()).contains("Pim Prg").containsPattern("data-testid=\"temporary-password\"|<code>");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(again)).isEqualTo(WebSession.location(first));
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class)
                .single()).isEqualTo(1);
        HttpResponse<String> reloaded = admin.follow(again);
        assertThat(reloaded.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(reloaded)).endsWith("/admin/users");
    }

    @Test
    void openingANoticeByGetChangesNothingAndMarkingItReadIsAPost() {
        TestSignals.Sent signal = TestSignals.sendPublic(port, jdbc, "Melding lezen " + UUID.randomUUID(),
                "Gemeente Utrecht", List.of());
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        UUID notice = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select n.id from notice n join app_user u on u.id = n.recipient_id
                where u.username = 'af.utrecht' and n.signal_id = ?""").param(signal.id()).query(UUID.class).optional(),
                java.util.Optional::isPresent).orElseThrow();

        HttpResponse<String> looked = officer.get("/meldingen/" + notice);
        assertThat(looked.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(looked)).endsWith("/signalen/" + signal.id());
        assertThat(unread(notice)).isTrue();

        String home = officer.get("/").body();
        assertThat(home).contains("action=\"/meldingen/" + notice + "\"");
        HttpResponse<String> opened = officer.post("/meldingen/" + notice, Map.of(FormTokens.FIELD,
                token(home, "/meldingen/" + notice)));
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(WebSession.location(opened)).endsWith("/signalen/" + signal.id());
        assertThat(unread(notice)).isFalse();
        assertThat(officer.get("/").body()).doesNotContain("/meldingen/" + notice);
    }

    @Test
    void theSameTokenTwiceDoesTheWorkOnceOnEveryKindOfForm() {
        WebSession admin = new WebSession(port);
        admin.login("beheerder", WebSession.DEMO_PASSWORD);
        String organisation = "Opvang Eenmaal " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> organisationForm = Map.of("name", organisation, "type", "OTHER_PARTNER", "department", "",
                FormTokens.FIELD, token(admin.get("/admin/organisations/new").body(), "/admin/organisations"));
        assertTwiceOnce(admin, "/admin/organisations", organisationForm,
                () -> count("select count(*) from organisation where name = ?", organisation));

        UUID veiligThuis = jdbc.sql("select id from organisation where name = 'Veilig Thuis Utrecht'").query(UUID.class)
                .single();
        String tokenName = "Eenmaal " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> tokenForm = Map.of("organisationId", veiligThuis.toString(), "name", tokenName,
                "scopes", "SIGNALS_WRITE", "expiresOn", "",
                FormTokens.FIELD, token(admin.get("/admin/api-tokens/new").body(), "/admin/api-tokens"));
        HttpResponse<String> created = assertTwiceOnce(admin, "/admin/api-tokens", tokenForm,
                () -> count("select count(*) from api_token where name = ?", tokenName));
        // Both arrivals lead to the page of the first: it shows the new token once (the first answer was never
        // followed, as when a double click makes the browser drop it), and a reload shows it no more.
        assertThat(admin.follow(created).body()).contains("data-testid=\"api-token\"");
        assertThat(WebSession.location(admin.follow(created))).endsWith("/admin/api-tokens");

        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        String description = "Intern eenmaal " + UUID.randomUUID();
        Map<String, String> internal = new LinkedHashMap<>(Map.of("description", description,
                "reporterType", "FRONT_DESK", "step", "review"));
        melder.get("/signalen/nieuw");
        HttpResponse<String> review = melder.post("/signalen/nieuw", internal);
        internal.put("step", "send");
        internal.put(FormTokens.FIELD, token(review.body(), "/signalen/nieuw"));
        assertTwiceOnce(melder, "/signalen/nieuw", internal, () -> signals(description));
        UUID mine = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class)
                .single();

        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        String message = "/signalen/" + mine + "/bericht";
        assertTwiceOnce(officer, message, Map.of("body", "Kunt u bellen?", FormTokens.FIELD,
                token(officer.get("/signalen/" + mine).body(), message)),
                () -> count("select count(*) from signal_message where signal_id = ?::uuid", mine.toString()));

        String reply = "/signalen/mijn/" + mine + "/reactie";
        assertTwiceOnce(melder, reply, Map.of("reply", "Ik bel morgen.", FormTokens.FIELD,
                token(melder.get("/signalen/mijn/" + mine).body(), reply)),
                () -> count("select count(*) from signal_message where signal_id = ?::uuid", mine.toString()) - 1);
    }

    /** Sends the same form twice: both answers 303 to the same page, and the work is done once. */
    private HttpResponse<String> assertTwiceOnce(WebSession browser, String path, Map<String, String> form,
            java.util.function.IntSupplier rows) {
        HttpResponse<String> first = browser.post(path, form);
        HttpResponse<String> again = browser.post(path, form);
        assertThat(first.statusCode()).as(path).isEqualTo(303);
        assertThat(again.statusCode()).as(path).isEqualTo(303);
        assertThat(WebSession.location(again)).as(path).isEqualTo(WebSession.location(first));
        assertThat(rows.getAsInt()).as(path).isEqualTo(1);
        return again;
    }

    private int count(String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }

    /** Fills in the public form and checks it; returns what the review page's send button posts. */
    private Map<String, String> reviewed(WebSession resident, String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("reporterType", "RESIDENT");
        form.put("anonymous", "true");
        form.put("step", "review");
        HttpResponse<String> review = resident.post("/melden", form);
        assertThat(review.statusCode()).isEqualTo(200);
        form.put("step", "send");
        form.put(FormTokens.FIELD, token(review.body(), "/melden"));
        return form;
    }

    /** The one-time token of the form whose action ends with the given path. */
    static String token(String page, String actionEnd) {
        Matcher form = Pattern.compile("<form[^>]*action=\"[^\"]*" + Pattern.quote(actionEnd)
                + "(?:\\?[^\"]*)?\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(page);
        while (form.find()) {
            Matcher token = Pattern.compile("name=\"_form\" value=\"([A-Za-z0-9_-]{43})\"").matcher(form.group(1));
            if (token.find()) {
                return token.group(1);
            }
        }
        throw new AssertionError("no form token for " + actionEnd);
    }

    private int signals(String description) {
        return jdbc.sql("select count(*) from signal where description = ?").param(description).query(Integer.class)
                .single();
    }

    private boolean unread(UUID notice) {
        return jdbc.sql("select read_at is null from notice where id = ?").param(notice).query(Boolean.class).single();
    }
}
