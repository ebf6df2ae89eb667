package nl.schakel.retention;

import java.time.LocalDate;

import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention pages in a real browser at 320 px: the policies, a new version's preview and the destruction list
 * pass axe (no serious or critical violation) and fit the screen.
 */
@SchakelIntegrationTest
class RetentionBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Test
    void thePoliciesThePreviewAndTheDestructionListPassAxeAtThreeHundredTwentyPixels() {
        browser.logIn("beheerder");
        browser.useWidth(BrowserSupport.NARROW_WIDTH);

        browser.open("/beheer/bewaartermijnen");
        assertThat(browser.page().locator("h1").textContent()).isNotBlank();
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();

        browser.open("/beheer/bewaartermijnen/voorbeeld?type=NOTICE&outcome=&periodMonths=3&rule=LAST_ACTIVITY"
                + "&action=DELETE&legalBasis=AVG+art.+5&effectiveFrom=" + LocalDate.now().plusYears(5));
        assertThat(browser.page().locator("[data-testid=retention-preview]").count()).isEqualTo(1);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();

        browser.open("/beheer/vernietigingslijst");
        assertThat(browser.page().locator("[data-testid=destruction-list]").count()).isEqualTo(1);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }
}
