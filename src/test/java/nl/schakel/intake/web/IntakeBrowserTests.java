package nl.schakel.intake.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake in a real browser: a resident reports anonymously, follows up with the receipt code and
 * answers the officer's question; every intake page passes axe (WCAG 2.1 AA), works by keyboard alone
 * and fits a 320 px screen.
 */
@SchakelIntegrationTest
class IntakeBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    IntakeThrottles throttles;

    @BeforeEach
    void forgetThrottles() {
        throttles.sentSignals().clear();
        throttles.failedLookups().clear();
    }

    @Test
    void aResidentReportsAnonymouslyReadsTheOfficersQuestionAndAnswersIt() {
        Page page = browser.page();
        String description = "Vier jonge vrouwen wonen boven de nagelstudio en mogen niet naar buiten " + UUID.randomUUID();
        browser.open("/melden");
        browser.assertAccessible();
        page.getByLabel("Beschrijving").fill(description);
        page.getByLabel("In welke gemeente?").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Gemeente Utrecht"));
        page.getByLabel("Wie bent u?").selectOption("RESIDENT");
        page.locator("main form > button.button").last().click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Controleer uw melding");
        browser.assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Uw melding is verstuurd");
        browser.assertAccessible();
        String code = page.locator("[data-testid=receipt-code] code").textContent().strip();
        assertThat(page.context().cookies()).isEmpty();

        browser.logIn("af.utrecht");
        browser.open("/signalen");
        browser.assertAccessible();
        page.locator("table a").first().click();
        assertThat(page.content()).contains(description);
        browser.assertAccessible();
        page.getByLabel("Bericht aan de melder").fill("Op welke dagen ziet u dit gebeuren?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bericht versturen")).click();
        assertThat(page.content()).contains("Uw bericht staat klaar voor de melder");
        String signalPage = page.url();
        page.context().clearCookies();

        browser.open("/melden/volgen");
        browser.assertAccessible();
        page.getByLabel("Ontvangstcode").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken")).click();
        assertThat(page.content()).contains("Op welke dagen ziet u dit gebeuren?");
        browser.assertAccessible();
        page.getByLabel("Uw antwoord of aanvulling").fill("Elke avond na 22 uur.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).click();
        assertThat(page.content()).contains("Uw bericht is verstuurd naar de aandachtsfunctionaris");
        assertThat(page.url()).doesNotContain(code);

        browser.logIn("af.utrecht");
        page.navigate(signalPage);
        assertThat(page.content()).contains("Elke avond na 22 uur.");
    }

    @Test
    void theFormWithErrorsAndTheEnglishFormAreAccessible() {
        browser.open("/melden?lang=en");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("Report a signal of human trafficking");
        browser.assertAccessible();

        browser.page().getByLabel("Who are you?").selectOption("RESIDENT");
        browser.page().locator("main form > button.button").last().click();

        assertThat(browser.page().locator(".error-summary").textContent()).contains("Briefly describe what you saw");
        browser.assertAccessible();
    }

    @Test
    void aResidentCanReportByKeyboardAlone() {
        Page page = browser.page();
        browser.open("/melden");
        browser.tabTo("#description", 15);
        page.keyboard().type("Een man haalt elke ochtend jongens op bij het station met een wit busje.");
        browser.tabTo("#observedWhen", 2);
        page.keyboard().type("elke ochtend");
        browser.tabTo("#reporterType", 200);
        page.keyboard().press("ArrowDown");
        browser.tabTo("#reporterName", 10);
        page.keyboard().press("Enter");
        page.waitForSelector("h1:has-text('Controleer uw melding')");

        browser.tabTo("button[value=send]", 40);
        page.keyboard().press("Enter");

        page.waitForSelector("h1:has-text('Uw melding is verstuurd')");
        assertThat(page.locator("[data-testid=receipt-code]").textContent()).matches("\\s*[0-9A-Z-]{29}\\s*");
    }

    @Test
    void theIntakePagesFitANarrowScreen() {
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        for (String path : new String[] {"/melden", "/melden/volgen"}) {
            browser.open(path);
            browser.assertNoHorizontalScroll();
        }
        browser.page().getByLabel("Ontvangstcode").fill("0000-0000-0000-0000-0000-0000");
        browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken")).click();
        assertThat(browser.page().content()).contains("Deze code kennen wij niet");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }

    @Test
    void theProfessionalsFormAndMySignalsAreAccessible() {
        browser.logIn("melder");
        browser.open("/signalen/nieuw");
        browser.assertAccessible();
        browser.page().getByLabel("Beschrijving").fill("Collega van de balie ziet een begeleider die het woord voert.");
        browser.page().getByLabel("Wie bent u?").selectOption("FRONT_DESK");
        browser.page().locator("main form > button.button").last().click();
        browser.assertAccessible();
        browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();
        assertThat(browser.page().url()).endsWith("/signalen/mijn");
        browser.assertAccessible();
        browser.page().locator("table a").first().click();
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertNoHorizontalScroll();
    }
}
