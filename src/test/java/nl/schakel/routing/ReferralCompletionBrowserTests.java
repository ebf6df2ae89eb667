package nl.schakel.routing;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.schakel.intake.SignalIntake;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner gives feedback twice and completes the referral in a real browser (issue 16 item 3): completing asks
 * first, on a page that passes axe and fits a 320 px screen.
 */
@SchakelIntegrationTest
class ReferralCompletionBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    SignalIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void thePartnerGivesFeedbackTwiceAndCompletesAfterConfirmingAtThreeHundredTwentyPixels() {
        UUID signal = RoutingFixtures.labourSignal(intake, jdbc, "Tuinders met een busje " + UUID.randomUUID(),
                "Ion Afronden");
        RoutingFixtures.route(RoutingFixtures.login(port, "af.utrecht"), signal, RoutingFixtures.row(0,
                RoutingFixtures.organisation(jdbc, "Moviera"), "WMO_2015", "DESCRIPTION", LocalDate.now(clock).plusDays(14)));
        String detail = "/doorverwijzingen/" + RoutingFixtures.referral(jdbc, signal, "Moviera");
        Page page = browser.page();

        browser.logIn("zorgcoordinator");
        browser.open(detail);
        page.locator("main form[action$='/accepteren'] button").click();
        page.waitForLoadState();
        for (String feedback : new String[] {"Eerste gesprek gevoerd", "Opvang geregeld"}) {
            page.locator("main textarea[name=feedback]").fill(feedback);
            page.locator("main form[action$='/terugkoppeling'] button").click();
            page.waitForLoadState();
        }
        assertThat(page.locator("[data-testid=feedback-entry]").allTextContents())
                .containsExactly("Eerste gesprek gevoerd", "Opvang geregeld");
        browser.assertAccessible();

        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        page.locator("[data-testid=complete-link]").click();
        page.waitForLoadState();
        assertThat(page.url()).endsWith(detail + "/afronden");
        assertThat(page.locator("[data-testid=complete-question]").textContent()).contains("afgerond");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        page.locator("[data-testid=complete-form] button").click();
        page.waitForLoadState();
        assertThat(page.url()).endsWith(detail);
        assertThat(page.locator(".notice--success").textContent()).contains("afgerond");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }
}
