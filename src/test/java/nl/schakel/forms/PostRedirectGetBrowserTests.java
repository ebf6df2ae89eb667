package nl.schakel.forms;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reload, Back and a double click in a real browser (issue 9): after a form is sent, reloading the result page and
 * going Back to it are plain GETs — no second row, no "resubmit the form?" — and a double click on "Melding
 * versturen" stores one signal.
 */
@SchakelIntegrationTest
class PostRedirectGetBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    private final List<String> navigations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordNavigations() {
        nl.schakel.intake.web.IntakeThrottlesReset.clear(context);
        navigations.clear();
        browser.page().onRequest(request -> {
            if (request.isNavigationRequest() && request.frame() == browser.page().mainFrame()) {
                navigations.add(request.method() + " " + request.url());
            }
        });
    }

    @Test
    void aDoubleClickStoresOneSignalAndTheReceiptSurvivesReloadAndBack() {
        Page page = browser.page();
        String description = "Dubbelklik in de browser " + UUID.randomUUID();
        browser.open("/melden");
        nl.schakel.testing.PublicForm.toCheckPage(page, description);

        List<String> sends = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().contains("/melden")) {
                sends.add(request.url());
            }
        });
        // The server is made to answer the first click slowly (as under load), so the second click comes while the
        // first request is on its way and both reach the server, as a real double click on a busy day does.
        // (Playwright's dblclick() is merged into one submission by Chromium before anything is sent.)
        page.route("**/melden", route -> {
            if (!route.request().method().equals("POST")) {
                route.resume();
                return;
            }
            try {
                if (sends.size() == 1) {
                    Thread.sleep(700);
                }
                APIResponse answer = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
                route.fulfill(new Route.FulfillOptions().setResponse(answer));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException cancelledByTheSecondClick) {
                // the browser gave up on the first request when the second click sent the form again
            }
        });
        page.evaluate("const b = document.querySelector('button[name=step][value=send]'); b.click(); "
                + "setTimeout(() => b.click(), 200)");
        page.waitForURL("**/melden/ontvangen/**");
        page.unrouteAll();
        assertThat(page.locator("h1").textContent()).isEqualTo("Uw melding is verstuurd");
        String code = page.locator("[data-testid=receipt-code] code").textContent().strip();
        page.waitForTimeout(1000); // let the second click's request finish
        assertThat(sends).as("both clicks sent the form").hasSize(2);
        assertThat(signals(description)).isEqualTo(1);
        assertThat(page.url()).doesNotContain(code).doesNotContain(code.replace("-", ""));
        browser.assertAccessible();

        int before = navigations.size();
        Response reloaded = page.reload();
        assertThat(reloaded.status()).isEqualTo(200);
        assertOnlyGets(before);
        assertThat(page.locator("[data-testid=receipt-code] code").textContent().strip()).isEqualTo(code);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar mijn melding")).click();
        page.waitForURL("**/melden/volgen**");
        before = navigations.size();
        Response back = page.goBack();
        assertThat(back).as("Back shows the receipt, no resubmit page").isNotNull();
        assertThat(back.status()).isEqualTo(200);
        assertOnlyGets(before);
        assertThat(page.locator("[data-testid=receipt-code] code").textContent().strip()).isEqualTo(code);
        assertThat(signals(description)).isEqualTo(1);
        assertThat(page.context().cookies()).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik heb mijn code bewaard")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Deze pagina is niet meer te zien");
        assertThat(page.content()).doesNotContain(code);
        browser.assertAccessible();
        assertThat(page.reload().status()).isEqualTo(410);
        assertThat(page.content()).doesNotContain(code);
        assertThat(signals(description)).isEqualTo(1);
    }

    @Test
    void theReportersAnswerIsStoredOnceWhateverReloadAndBackDo() {
        Page page = browser.page();
        TestSignals.Sent signal = TestSignals.sendPublic(port, jdbc, "Antwoord herladen " + UUID.randomUUID(),
                "Gemeente Utrecht", List.of());
        browser.open("/melden/volgen");
        page.getByLabel("Ontvangstcode").fill(signal.receipt());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken")).click();
        page.waitForURL("**/melden/volgen/**");
        page.getByLabel("Uw antwoord of aanvulling").fill("Het busje is wit.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(page.content()).contains("Uw bericht is verstuurd naar de aandachtsfunctionaris");
        assertThat(page.url()).doesNotContain(signal.receipt());
        browser.assertAccessible();

        int before = navigations.size();
        assertThat(page.reload().status()).isEqualTo(200);
        assertThat(page.content()).contains("Het busje is wit.");
        Response back = page.goBack();
        assertThat(back).isNotNull();
        assertThat(back.status()).isEqualTo(200);
        assertOnlyGets(before);
        assertThat(replies(signal.id())).isEqualTo(1);
        assertThat(page.context().cookies()).isEmpty();
    }

    @Test
    void anOfficersNoteIsStoredOnceWhateverReloadAndBackDo() {
        Page page = browser.page();
        UUID signal = TestSignals.sendPublic(port, jdbc, "Notitie herladen " + UUID.randomUUID(), "Gemeente Utrecht",
                List.of()).id();
        browser.logIn("af.utrecht");
        browser.open("/signalen/" + signal);
        page.locator("#note-body").fill("Wijkagent gebeld");
        page.locator("form[action$='/notities'] button[type=submit]").click();
        page.waitForSelector("[data-testid=notes]");
        assertThat(page.locator(".notice--success").count()).isEqualTo(1);

        int before = navigations.size();
        assertThat(page.reload().status()).isEqualTo(200);
        browser.open("/signalen");
        Response back = page.goBack();
        assertThat(back).isNotNull();
        assertThat(back.status()).isEqualTo(200);
        assertOnlyGets(before);
        assertThat(jdbc.sql("select count(*) from signal_note where signal_id = ?").param(signal).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aTemporaryPasswordIsShownOnceAndAReloadCreatesNoSecondUser() {
        Page page = browser.page();
        String username = "herlaad." + UUID.randomUUID().toString().substring(0, 6);
        browser.logIn("beheerder");
        browser.open("/admin/users/new");
        page.locator("#username").fill(username);
        page.locator("#displayName").fill("Hans Herlaad");
        page.locator("#organisationId").selectOption(new SelectOption().setLabel("Gemeente Houten"));
        page.getByLabel("Melder", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("main form.form button[type=submit]").click();
        page.waitForSelector("[data-testid=temporary-password]");
        browser.assertAccessible();

        int before = navigations.size();
        page.reload();
        assertThat(page.url()).endsWith("/admin/users");
        assertThat(page.locator("[data-testid=temporary-password]").count()).isZero();
        page.goBack();
        assertOnlyGets(before);
        assertThat(page.locator("[data-testid=temporary-password]").count()).isZero();
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aPartnersAnswerIsStoredOnceWhateverReloadAndBackDo() {
        Page page = browser.page();
        UUID signal = TestSignals.sendPublic(port, jdbc, "Partner herladen " + UUID.randomUUID(), "Gemeente Utrecht",
                List.of(Map.entry("exploitationForms", "LABOUR"))).id();
        browser.logIn("af.utrecht");
        browser.open("/signalen/" + signal + "/doorzetten");
        page.locator("form[action$='/doorzetten'] button[type=submit]").last().click();
        page.waitForURL("**/signalen/" + signal + "**");
        UUID referral = jdbc.sql("""
                select r.id from referral r join organisation o on o.id = r.partner_organisation_id
                where r.signal_id = ? and o.name = 'Moviera'""").param(signal).query(UUID.class).single();
        browser.page().context().clearCookies();
        browser.logIn("zorgcoordinator");
        browser.open("/doorverwijzingen/" + referral);
        page.locator("form[action$='/accepteren'] button[type=submit]").click();
        page.waitForSelector(".notice--success");

        int before = navigations.size();
        assertThat(page.reload().status()).isEqualTo(200);
        browser.open("/doorverwijzingen");
        assertThat(page.goBack().status()).isEqualTo(200);
        assertOnlyGets(before);
        assertThat(jdbc.sql("select count(*) from referral_event where referral_id = ? and status = 'ACCEPTED'")
                .param(referral).query(Integer.class).single()).isEqualTo(1);
    }

    private void assertOnlyGets(int from) {
        List<String> since = navigations.subList(from, navigations.size());
        assertThat(since).as("navigations after the form was sent").isNotEmpty()
                .allSatisfy(n -> assertThat(n).startsWith("GET "));
    }

    private int signals(String description) {
        return jdbc.sql("select count(*) from signal where description = ?").param(description).query(Integer.class)
                .single();
    }

    private int replies(UUID signal) {
        return jdbc.sql("select count(*) from signal_message where signal_id = ? and direction = 'FROM_REPORTER'")
                .param(signal).query(Integer.class).single();
    }
}
