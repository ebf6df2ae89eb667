package nl.schakel.shelter;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shelter pages in a real browser: the coordinator searches, requests and places, the provider keeps its offer
 * and places current and answers; every page passes axe (WCAG 2.1 AA) at desktop width and at 320 px, and fits
 * 320 px without scrolling sideways.
 */
@SchakelIntegrationTest
class ShelterBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Test
    void aCoordinatorFindsAPlaceTheProviderAcceptsAndThePlacementIsMade() {
        Page page = browser.page();
        browser.logIn("zorgcoordinator");
        check("/opvang/zoeken");
        page.getByLabel("Leeftijd", new Page.GetByLabelOptions().setExact(true)).fill("30");
        page.getByLabel("Vrouw of meisje").check();
        page.getByLabel("Vorm van uitbuiting", new Page.GetByLabelOptions().setExact(true)).selectOption("SEXUAL");
        page.getByLabel("Regio", new Page.GetByLabelOptions().setExact(true)).selectOption("UTRECHT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.locator("[data-testid=matches] li[data-service='Belle opvang 18+']").waitFor();
        checkHere();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plek aanvragen bij Belle opvang 18+"))
                .click();
        String placement = page.url().replaceAll("^https?://[^/]+", "");
        assertThat(placement).startsWith("/opvang/plaatsingen/");
        checkHere();
        check("/opvang/plaatsingen");
        check("/opvang");
        page.locator("main table a", new Page.LocatorOptions().setHasText("Belle opvang 18+")).first().click();
        checkHere();
        check("/zorgaanbod");
        check("/opvang/onvervuld");

        page.context().clearCookies();
        browser.logIn("zorgaanbieder.belle");
        check("/opvang/plaatsingen");
        check(placement);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
        page.locator(".notice--success").waitFor();
        assertThat(page.locator("[data-testid=status]").textContent()).isEqualTo("Geaccepteerd");
        check("/zorgaanbod");
        check("/zorgaanbod/nieuw");
        page.locator("main form button[type=submit]").last().click();
        page.locator(".error-summary").waitFor();
        checkHere();
        check("/opvang");
        page.locator("main table a", new Page.LocatorOptions().setHasText("Belle opvang 18+")).first().click();
        checkHere();
        page.locator("#waitlist").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgeven")).click();
        assertThat(page.locator(".notice--success").textContent()).contains("doorgegeven");
        checkHere();

        page.context().clearCookies();
        browser.logIn("zorgcoordinator");
        check(placement);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaatsen")).click();
        page.locator(".notice--success").waitFor();
        assertThat(page.locator("[data-testid=status]").textContent()).isEqualTo("Geplaatst");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adres van de opvang tonen")).click();
        assertThat(page.locator("[data-testid=address]").textContent()).contains("Voorbeeldstraat 1");
        checkHere();
    }

    private void check(String path) {
        browser.open(path);
        checkHere();
    }

    private void checkHere() {
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
    }
}
