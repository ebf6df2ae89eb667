package nl.schakel.care;

import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trajectory pages in a real browser: the care coordinator starts a trajectory and records its B8 period, the
 * police see only the B8 dates; every page passes axe (WCAG 2.1 AA, no serious or critical violation) at desktop
 * width and at 320 px without horizontal scrolling.
 */
@SchakelIntegrationTest
class CareBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorStartsATrajectoryWithAB8PeriodAndEveryPagePassesAxeAlsoAt320Pixels() {
        Page page = browser.page();
        String label = "B. " + UUID.randomUUID().toString().substring(0, 5);

        browser.logIn("zorgcoordinator");
        browser.open("/trajecten");
        assertThat(page.locator("[data-testid=trajectories]").textContent()).contains("K. (restaurant)");
        accessibleAtBothWidths();

        browser.open("/trajecten/nieuw");
        accessibleAtBothWidths();
        page.locator("#personLabel").fill(label);
        page.locator("#age").fill("22");
        page.locator("#municipalityId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Gemeente Utrecht"));
        page.locator("#municipalityReason-FOUND_HERE").check();
        page.locator("#residenceStatus").selectOption("UNDOCUMENTED");
        page.locator("#needs-SHELTER").check();
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/trajecten/");
        assertThat(page.locator("h1").textContent()).contains(label);
        assertThat(page.locator("[data-testid=b8-proposed]").count()).isEqualTo(1);
        accessibleAtBothWidths();

        page.locator("#start").fill("2025-11-20");
        page.locator("main form[action$='/b8'] button").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=b8-end]").textContent()).isEqualTo("20-02-2026");
        accessibleAtBothWidths();

        page.locator("main form[action$='/toestemming'] #to-ASKED").check();
        page.locator("main form[action$='/toestemming'] button").click();
        page.waitForLoadState();
        page.locator("main form[action$='/toestemming'] #to-GIVEN").check();
        page.locator("main form[action$='/toestemming'] button").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=error-summary]").count()).isEqualTo(1);
        accessibleAtBothWidths();

        String trajectory = page.url().replaceAll(".*/trajecten/", "").replaceAll("[^0-9a-f-].*", "");
        page.context().clearCookies();
        browser.logIn("politie");
        browser.open("/trajecten/" + trajectory);
        assertThat(page.locator("main").textContent()).contains("20-02-2026").doesNotContain(label);
        accessibleAtBothWidths();
        browser.open("/trajecten");
        accessibleAtBothWidths();

        page.context().clearCookies();
        browser.logIn("af.utrecht");
        browser.open("/trajecten/" + trajectory);
        assertThat(page.locator("[data-testid=status]").count()).isEqualTo(1);
        accessibleAtBothWidths();
    }

    private static void accessibleAtBothWidths() {
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
    }
}
