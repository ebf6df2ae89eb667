package nl.schakel.routing;

import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.schakel.intake.SignalIntake;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing in a real browser: the officer routes with the preselected recommendations, the partner reads and
 * accepts; the pages pass axe (WCAG 2.1 AA) and the routing form fits a 320 px screen.
 */
@SchakelIntegrationTest
class RoutingBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    SignalIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerRoutesAsRecommendedAndTheCareCoordinatorAccepts() {
        String description = "Acht mannen in een busje naar de kassen " + UUID.randomUUID();
        UUID signal = RoutingFixtures.labourSignal(intake, jdbc, description, "Ion Browser");
        Page page = browser.page();

        browser.logIn("af.utrecht");
        browser.open("/signalen/" + signal + "/doorzetten");
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertNoHorizontalScroll();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
        page.locator("main form button[type=submit]").last().click();
        page.waitForLoadState();
        // An undocumented victim is also routed to COSM, which has no accounts: its secure link is shown once first.
        assertThat(page.url()).as("the secure links, shown once").endsWith("/signalen/" + signal + "/doorgezet");
        browser.assertAccessible();
        page.locator("main a[href*='stap=doorzetten']").first().click();
        page.waitForLoadState();
        assertThat(page.url()).as("back at the step Doorzetten").endsWith("/signalen/" + signal + "?stap=doorzetten#doorzetten");
        browser.open("/signalen/" + signal + "/doorverwijzingen");
        assertThat(page.locator("[data-testid=referrals] article").count()).isGreaterThanOrEqualTo(3);
        browser.assertAccessible();

        page.context().clearCookies();
        browser.logIn("zorgcoordinator");
        browser.open("/doorverwijzingen");
        browser.assertAccessible();
        page.locator("main table a[href='/doorverwijzingen/" + RoutingFixtures.referral(jdbc, signal, "Moviera") + "']")
                .click();
        assertThat(page.locator("main").textContent()).contains(description);
        browser.assertAccessible();
        page.locator("main form[action$='/accepteren'] button").click();
        assertThat(page.locator(".notice--success").textContent()).contains("geaccepteerd");
        browser.assertAccessible();
    }

    @Test
    void theRoutingRulesPagePassesAxe() {
        browser.logIn("beheerder");
        browser.open("/admin/doorzetregels");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Doorzetregels");
        browser.assertAccessible();
    }
}
