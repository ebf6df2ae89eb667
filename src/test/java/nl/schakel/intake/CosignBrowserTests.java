package nl.schakel.intake;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route step 1 in a real browser (decision 0034): the manager's list and signal, and the reporter's "Mijn signalen"
 * with the copy of what they reported, pass axe (WCAG 2.1 AA) and fit a 320 px screen.
 */
@SchakelIntegrationTest
class CosignBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CosignSettings settings;

    @AfterEach
    void otherTestsExpectItOff() {
        jdbc.sql("delete from intake_cosign_setting").update();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
    }

    @Test
    void theManagersListAndTheReportersCopyPassAxeAndFit320Px() {
        UUID utrecht = jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'").query(UUID.class).single();
        settings.switchOnForDemo(utrecht);
        String description = "Een busje haalt elke ochtend zes mannen op bij de loods " + UUID.randomUUID();
        UUID id = report(utrecht, description);
        Page page = browser.page();

        browser.logIn("leidinggevende");
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.open("/ondertekenen");
        assertThat(page.locator("[data-testid=cosign-counts]").textContent()).contains("Wacht op u");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        page.locator("main a[href='/ondertekenen/" + id + "']").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=signal-content]").textContent()).contains(description);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();

        page.context().clearCookies();
        browser.logIn("melder");
        browser.open("/signalen/mijn");
        assertThat(page.locator("[data-testid=cosign-status]").first().textContent()).contains("Wacht op ondertekening");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.open("/signalen/mijn/" + id);
        assertThat(page.locator("[data-testid=my-copy]").textContent()).contains(description);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }

    private UUID report(UUID municipality, String description) {
        WebSession melder = new WebSession(port);
        melder.login("melder", WebSession.DEMO_PASSWORD);
        melder.get("/signalen/nieuw");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("description", description);
        form.put("reporterType", "ENFORCEMENT");
        form.put("municipalityId", municipality.toString());
        form.put("step", "send");
        HttpResponse<String> sent = melder.post("/signalen/nieuw", form);
        assertThat(sent.statusCode()).isEqualTo(303);
        return jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class).single();
    }
}
