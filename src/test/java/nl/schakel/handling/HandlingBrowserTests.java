package nl.schakel.handling;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's workbench and signal page in a real browser: accessible, usable by keyboard, narrow screens. */
@SchakelIntegrationTest
class HandlingBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWorkbenchAndTheSignalPageAreAccessibleAndAClassificationCanBeRecorded() {
        String description = "Meisje van 15 wordt 's nachts opgehaald " + UUID.randomUUID();
        UUID signal = TestSignals.sendPublic(port, jdbc, description, "Gemeente Utrecht", List.of(
                Map.entry("exploitationForms", "SEXUAL"), Map.entry("vulnerabilities", "MINOR"))).id();
        TestSignals.sendPublic(port, jdbc, "Een ander signaal " + UUID.randomUUID(), "Gemeente Utrecht", List.of());
        browser.logIn("af.utrecht");

        browser.open("/signalen");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Werkbank");
        assertThat(browser.page().locator("#workbench-results tbody tr").count()).isGreaterThan(1);
        browser.assertAccessible();
        browser.page().locator("#q").fill(description.substring(description.length() - 10));
        browser.page().waitForFunction("() => document.querySelectorAll('#workbench-results tbody tr').length === 1");
        assertThat(browser.page().locator("#workbench-results").textContent()).contains(description.substring(0, 20));

        browser.open("/signalen/" + signal);
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertNoHorizontalScroll();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
        browser.page().locator("[data-testid=take-up]").click();
        browser.page().waitForSelector("[data-testid=taken-up]");
        browser.page().locator("#level-NO_TRAFFICKING_RISK_FACTORS").check();
        browser.page().locator("#classification-reason").fill("Zorgen, nog geen bewijs van uitbuiting");
        browser.page().locator("form[action$='/classificatie'] button[type=submit]").click();
        browser.page().waitForSelector("[data-testid=current-level]");
        assertThat(browser.page().locator("[data-testid=current-level]").textContent())
                .contains("Geen mensenhandel, wel risicofactoren");
        assertThat(browser.page().locator("[data-testid=timeline]").textContent()).contains("Gewogen");
        assertThat(browser.page().url()).as("back at the step saved").endsWith("?stap=wegen#wegen");
        assertThat(browser.page().locator("#wegen [data-testid=step-notice]").count()).isEqualTo(1);
        browser.assertAccessible();
        browser.screenshot("signal-handling-1280");
    }
}
