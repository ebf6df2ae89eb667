package nl.schakel.monitoring;

import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard, the council report, the Regietafel and the victims table in a real browser: axe (WCAG 2.1 AA)
 * finds nothing, on a desktop and on a 320 px screen, and nothing scrolls sideways.
 */
@SchakelIntegrationTest
class MonitoringBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Test
    void theOfficersDashboardAndCouncilReportAreAccessibleAlsoOnANarrowScreen() {
        browser.logIn("af.utrecht");
        for (int width : new int[] {BrowserSupport.DESKTOP_WIDTH, BrowserSupport.NARROW_WIDTH}) {
            browser.useWidth(width);
            for (String path : new String[] {"/monitoring", "/monitoring/raadsrapportage",
                    "/monitoring/raadsrapportage?openbaar=true"}) {
                assertThat(browser.open(path).status()).isEqualTo(200);
                browser.assertAccessible();
                browser.assertNoHorizontalScroll();
            }
        }
        assertThat(browser.page().locator("svg.chart").count()).isPositive();
    }

    @Test
    void theChainDirectorsRegionalViewsAreAccessibleAlsoOnANarrowScreen() {
        browser.logIn("ketenregisseur");
        for (int width : new int[] {BrowserSupport.DESKTOP_WIDTH, BrowserSupport.NARROW_WIDTH}) {
            browser.useWidth(width);
            for (String path : new String[] {"/monitoring", "/monitoring/regietafel", "/monitoring/slachtoffers",
                    "/monitoring/raadsrapportage"}) {
                assertThat(browser.open(path).status()).isEqualTo(200);
                browser.assertAccessible();
                browser.assertNoHorizontalScroll();
            }
        }
    }
}
