package nl.schakel.web;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.SecondFactorCodes;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, sessions that respect work (decision 0027), with the idle timeout shortened to 45 seconds: a warning
 * comes before the timeout and "Ingelogd blijven" keeps the session; a form sent after the timeout stays on its
 * page, and once the person has logged in again (both factors, in another window) it is sent with what was typed.
 */
@SchakelIntegrationTest
@TestPropertySource(properties = {"spring.session.timeout=45s", "server.servlet.session.timeout=45s"})
class SessionExpiryBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFormSentAfterTheIdleTimeoutIsSentWithWhatWasTypedOnceThePersonHasLoggedInAgain() {
        Page page = browser.page();
        browser.logIn("melder");
        browser.open("/signalen/nieuw");
        String description = "Getypt voor de sessie verliep " + UUID.randomUUID();
        page.getByLabel("Beschrijving").fill(description);

        Locator warning = page.locator("#session-warning");
        warning.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(45_000));
        browser.assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingelogd blijven")).click();
        warning.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(5_000));
        assertThat(page.locator("[data-session-expired]").isVisible()).as("still logged in").isFalse();

        page.locator("[data-session-expired]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE).setTimeout(90_000));
        page.getByLabel("Wie bent u?").selectOption("FRONT_DESK");
        page.locator("main form > button.button").last().click();
        page.locator("[data-session-waiting]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE).setTimeout(10_000));
        assertThat(page.locator("h1").textContent()).as("the form stays").isNotEqualTo("Controleer uw melding");

        Page login = page.waitForPopup(() -> page.locator("[data-session-login]").click());
        login.locator("#username").fill("melder");
        login.locator("#password").fill(WebSession.DEMO_PASSWORD);
        login.locator("main form button[type=submit]").click();
        login.waitForURL(url -> url.contains("/login/tweede-factor"));
        login.locator("#code").fill(SecondFactorCodes.codeFor("melder", java.net.URI.create(login.url()).getPort()));
        login.locator("main form button[type=submit]").click();
        login.waitForURL(url -> !url.contains("/login"));
        login.close();

        page.waitForSelector("h1:has-text('Controleer uw melding')", new Page.WaitForSelectorOptions().setTimeout(20_000));
        assertThat(page.content()).contains(description);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();
        page.waitForURL(url -> url.endsWith("/signalen/mijn"));
        assertThat(jdbc.sql("select count(*) from signal where description = ?").param(description)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
