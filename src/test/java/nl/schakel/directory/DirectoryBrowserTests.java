package nl.schakel.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's pages and the public statements in a real browser: axe (WCAG 2.1 AA) finds nothing serious
 * or critical, at 1280 and at 320 px, where nothing scrolls sideways; the public pages set no cookie.
 */
@SchakelIntegrationTest
class DirectoryBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static final List<String> PUBLIC = List.of("/melden/waar", "/melden/privacy", "/melden/toegankelijkheid",
            "/melden/contact");

    @Test
    void thePublicPagesAreAccessibleAtEveryWidthAndSetNoCookie() {
        Page page = browser.page();
        for (int width : List.of(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.NARROW_WIDTH)) {
            browser.useWidth(width);
            for (String path : PUBLIC) {
                assertThat(browser.open(path).status()).as(path).isEqualTo(200);
                browser.assertAccessible();
                browser.assertNoHorizontalScroll();
            }
        }
        assertThat(page.context().cookies()).isEmpty();
        browser.open("/melden");
        page.locator("footer a[href^='/melden/privacy']").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Privacyverklaring");
        assertThat(page.context().cookies()).isEmpty();
    }

    @Test
    void theAcuteConfirmationIsAccessibleAtEveryWidth() {
        UUID signal = TestSignals.sendPublic(port, jdbc, "Acuut gevaar bij de loods " + UUID.randomUUID(),
                "Gemeente Utrecht", List.of(Map.entry("acute", "true"))).id();
        browser.logIn("af.utrecht");
        for (int width : List.of(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.NARROW_WIDTH)) {
            browser.useWidth(width);
            assertThat(browser.open("/signalen/" + signal + "/politie").status()).isEqualTo(200);
            assertThat(browser.page().content()).contains("Er is nog niets verstuurd");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
        }
    }

    @Test
    void theSocialeKaartIsAccessibleAtEveryWidth() {
        Page page = browser.page();
        browser.logIn("politie");
        for (int width : List.of(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.NARROW_WIDTH)) {
            browser.useWidth(width);
            browser.open("/sociale-kaart");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            page.locator("main a", new Page.LocatorOptions().setHasText("Nederlandse Arbeidsinspectie – toezicht"))
                    .first().click();
            assertThat(page.content()).contains("Lage drempel");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.open("/sociale-kaart/wie-doet-wat");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
        }
        page.context().clearCookies();
        browser.logIn("beheerder");
        browser.open("/sociale-kaart");
        page.locator("main a", new Page.LocatorOptions().setHasText("Pretty Human")).first().click();
        assertThat(page.content()).contains("Niet geverifieerd");
        browser.assertAccessible();
        page.locator("main form button[type=submit]").click();
        assertThat(page.content()).contains("De gegevens zijn bevestigd").doesNotContain("Niet geverifieerd");
        browser.assertAccessible();
    }

    @Test
    void theEditFormIsAccessibleAtEveryWidthAlsoWithItsErrors() {
        Page page = browser.page();
        browser.logIn("beheerder");
        UUID belle = jdbc.sql("select id from organisation where name = 'Belle'").query(UUID.class).single();
        for (int width : List.of(BrowserSupport.DESKTOP_WIDTH, BrowserSupport.NARROW_WIDTH)) {
            browser.useWidth(width);
            assertThat(browser.open("/sociale-kaart/" + belle + "/bewerken").status()).isEqualTo(200);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            page.locator("#threshold").fill("");
            page.locator("#email").fill("geen-adres");
            page.locator("main form button[type=submit]").click();
            assertThat(page.content()).contains("Vul in wat men u stuurt en wat uw drempel is.");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
        }
    }
}
