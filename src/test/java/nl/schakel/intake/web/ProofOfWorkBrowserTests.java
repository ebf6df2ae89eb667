package nl.schakel.intake.web;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a flood the public form asks a new sender for a proof of work: with JavaScript the browser computes
 * it unnoticed; without JavaScript the reporter waits half a minute and still sends. No cookie either way.
 */
@SchakelIntegrationTest
class ProofOfWorkBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    IntakeThrottles throttles;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void flood() {
        // A threshold of 0: the flood is on, so every sender not seen recently must show a proof.
        throttles.resetWith(1000, 0);
    }

    @AfterEach
    void normal() {
        throttles.reset();
        clock.reset();
    }

    @Test
    void withJavaScriptTheBrowserSolvesTheProofAndTheSignalIsSent() {
        Page page = browser.page();
        browser.open("/melden");
        fillIn(page, "Twee mannen slapen in de bestelbus achter de loods " + UUID.randomUUID());
        assertThat(page.locator("[data-proof]").isVisible()).isTrue();
        assertThat(page.getByText("Wacht daarom 30 seconden").isVisible()).as("the no-JavaScript text is hidden").isFalse();
        page.getByText("De controle is klaar").waitFor();
        System.out.println("proof of work in the browser: " + page.evaluate(
                "performance.now() - performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd") + " ms");
        browser.assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();

        assertThat(page.locator("h1").textContent()).isEqualTo("Uw melding is verstuurd");
        browser.assertAccessible();
        String code = page.locator("[data-testid=receipt-code] code").textContent().strip();
        assertThat(page.context().cookies()).isEmpty();
        browser.open("/melden/volgen");
        page.getByLabel("Ontvangstcode").fill(code);
        page.locator("main form button[type=submit]").click();
        assertThat(page.content()).contains("Ontvangen");
    }

    @Test
    void withoutJavaScriptTheReporterWaitsAndThenSends() {
        Browser chromium = browser.page().context().browser();
        try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setJavaScriptEnabled(false).setLocale("nl-NL"))) {
            Page page = context.newPage();
            page.navigate("/melden");
            fillIn(page, "Een meisje van vijftien werkt elke nacht in de shishalounge " + UUID.randomUUID());
            assertThat(page.getByText("Wacht daarom 30 seconden").isVisible()).isTrue();

            Response tooEarly = page.waitForResponse(response -> response.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen"))
                            .click());
            assertThat(tooEarly.status()).isEqualTo(429);
            assertThat(page.getByText("Uw melding is nog niet verstuurd").isVisible()).isTrue();

            clock.advance(Duration.ofSeconds(31));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();

            assertThat(page.locator("h1").textContent()).isEqualTo("Uw melding is verstuurd");
            assertThat(page.locator("[data-testid=receipt-code] code").textContent()).isNotBlank();
            assertThat(context.cookies()).isEmpty();
        }
    }

    private static void fillIn(Page page, String description) {
        nl.schakel.testing.PublicForm.toCheckPage(page, description);
    }
}
