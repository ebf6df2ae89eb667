package nl.schakel.access.secondfactor;

import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.SecondFactorCodes;
import nl.schakel.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18 in a real browser: enrolment, second step and recovery pages are accessible, also with an error. */
@SchakelIntegrationTest
class SecondFactorBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    @Test
    void enrolmentRecoveryCodesSecondStepAndRecoveryPagesAreAccessible() {
        String username = TestUsers.create(users, organisations, "Gemeente Houten", Role.ANALYST);
        passwordOnly(username);
        browser.page().waitForURL("**/login/koppelen");
        assertThat(browser.page().locator("img.qr-code").getAttribute("src")).startsWith("data:image/svg+xml");
        browser.assertAccessible();
        browser.screenshot("second-factor-enrol");
        browser.page().locator("#code").fill("000000");
        browser.page().locator("main form button[type=submit]").click();
        assertThat(browser.page().locator(".field-error").textContent()).contains("klopt niet");
        browser.assertAccessible();

        String secret = SecondFactorCodes.enrolFromPage(username, browser.page().content());
        browser.page().locator("#code").fill(SecondFactorCodes.codeForSecret(secret, java.net.URI.create(browser.page().url()).getPort()));
        browser.page().locator("main form button[type=submit]").click();
        browser.page().waitForURL("**/login/herstelcodes");
        assertThat(browser.page().locator("[data-testid=recovery-codes] li").count()).isEqualTo(10);
        browser.assertAccessible();
        SecondFactorCodes.rememberRecoveryCodes(username, browser.page().content());
        browser.page().locator("main a.button").click();
        browser.page().waitForURL(url -> !url.contains("/login"));
        browser.page().context().clearCookies();

        passwordOnly(username);
        browser.page().waitForURL("**/login/tweede-factor");
        browser.assertAccessible();
        browser.page().locator("#code").fill("12");
        browser.page().locator("main form button[type=submit]").click();
        assertThat(browser.page().locator("#code").getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible();
        browser.screenshot("second-factor-code-error");

        browser.page().locator("a[href$='/login/herstelcode']").click();
        browser.page().waitForURL("**/login/herstelcode");
        browser.assertAccessible();
        browser.page().locator("#code").fill(SecondFactorCodes.recoveryCodesOf(username).get(0));
        browser.page().locator("main form button[type=submit]").click();
        browser.page().waitForURL(url -> !url.contains("/login"));
        assertThat(browser.page().locator("h1").textContent()).startsWith("Welkom");
    }

    private void passwordOnly(String username) {
        browser.open("/login");
        browser.page().locator("#username").fill(username);
        browser.page().locator("#password").fill(TestUsers.PASSWORD);
        browser.page().locator("main form button[type=submit]").click();
    }
}
