package nl.schakel.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell in a real browser: login, start pages, account and error pages are accessible and keyboard-usable. */
@SchakelIntegrationTest
class ShellBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    @Test
    void theDutchLoginPageIsAccessible() {
        browser.open("/login");

        assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Inloggen");
        browser.assertAccessible();
        browser.screenshot("login-1280");
    }

    @Test
    void theEnglishLoginPageIsAccessible() {
        browser.open("/login?lang=en");

        assertThat(browser.page().locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Log in");
        browser.assertAccessible();
    }

    @Test
    void aFailedLoginExplainsItselfAccessibly() {
        browser.open("/login");
        browser.page().locator("#username").fill("niemand-" + UUID.randomUUID());
        browser.page().locator("#password").fill("fout-wachtwoord");
        browser.page().locator("main form button[type=submit]").click();
        browser.page().waitForURL("**/login?error");

        assertThat(browser.page().locator("[role=alert]").textContent()).contains("Inloggen is niet gelukt");
        browser.assertAccessible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beheerder", "melder", "leidinggevende", "af.utrecht", "af.houten", "analist",
            "zorgcoordinator", "veiligthuis", "politie", "nla.opsporing", "nla.toezicht", "ketenregisseur",
            "zorgaanbieder", "zorgaanbieder.belle"})
    void theStartPageOfEveryDemoRoleIsAccessible(String username) {
        browser.logIn(username);

        assertThat(browser.page().locator("h1").textContent()).startsWith("Welkom");
        browser.assertAccessible();
    }

    @Test
    void theEnglishStartPageIsAccessible() {
        browser.logIn("af.utrecht");
        browser.open("/?lang=en");

        assertThat(browser.page().locator("h1").textContent()).startsWith("Welcome");
        browser.assertAccessible();
    }

    @Test
    void thePasswordPageIsAccessibleAlsoWithAnError() {
        String username = TestUsers.create(users, organisations, "Gemeente Nieuwegein", Role.REPORTER);
        browser.logIn(username, TestUsers.PASSWORD);
        browser.open("/account/password");
        browser.assertAccessible();

        browser.page().locator("#currentPassword").fill("niet-het-wachtwoord");
        browser.page().locator("#newPassword").fill("een ander lang wachtwoord");
        browser.page().locator("#confirmPassword").fill("een ander lang wachtwoord");
        browser.page().locator("main form button[type=submit]").click();
        browser.page().waitForLoadState();

        assertThat(browser.page().locator("#currentPassword-error").textContent()).isNotBlank();
        assertThat(browser.page().locator("#currentPassword").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.screenshot("account-password-error-1280");
    }

    @Test
    void theRefusalPageIsAccessible() {
        browser.logIn("melder");

        Response refused = browser.open("/admin/users");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Geen toegang");
        browser.assertAccessible();
        browser.screenshot("error-403-1280");
    }

    @Test
    void theNotFoundPageIsAccessible() {
        browser.logIn("beheerder");

        Response missing = browser.open("/admin/users/" + UUID.randomUUID());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Pagina niet gevonden");
        browser.assertAccessible();
    }

    @Test
    void someoneCanLogInWithTheKeyboardAloneAndSeesWhereTheFocusIs() {
        browser.open("/login");
        Page page = browser.page();

        browser.tabTo("#username", 10);
        page.keyboard().type("melder");
        page.keyboard().press("Tab");
        assertThat(browser.focusIsOn("#password")).isTrue();
        browser.assertFocusVisible();
        page.keyboard().type(nl.schakel.testing.WebSession.DEMO_PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/login/tweede-factor");
        assertThat(browser.focusReaches("#code")).as("the code field has the focus").isTrue();
        browser.assertFocusVisible();
        page.keyboard().type(nl.schakel.testing.SecondFactorCodes.codeFor("melder", java.net.URI.create(page.url()).getPort()));
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));

        assertThat(page.locator("h1").textContent()).isEqualTo("Welkom, Mila Melder");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesTheFocusToTheContent() {
        browser.logIn("melder");
        Page page = browser.page();

        page.keyboard().press("Tab");
        assertThat(browser.focusIsOn("a.skip-link")).isTrue();
        browser.assertFocusVisible();
        assertThat(page.locator("a.skip-link").boundingBox().x).as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        browser.screenshot("skip-link-focused-1280");
        page.keyboard().press("Enter");

        assertThat(browser.focusIsOn("main#main")).isTrue();
        browser.screenshot("skip-link-followed-1280");
        page.keyboard().press("Tab");
        assertThat(browser.focusIsOn("main *")).as("the next Tab stays in the content").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"beheerder", "nla.opsporing", "zorgaanbieder.belle"})
    void theLoginAndStartPagesFitA320PixelWideScreen(String username) {
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.open("/login");
        browser.assertNoHorizontalScroll();
        browser.screenshot("login-320");

        browser.logIn(username);

        browser.assertNoHorizontalScroll();
        browser.screenshot("start-" + username + "-320");
    }
}
