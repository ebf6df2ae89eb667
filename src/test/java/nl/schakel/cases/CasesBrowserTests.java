package nl.schakel.cases;

import java.util.List;
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
 * The case screens in a real browser: every page passes axe (WCAG 2.1 AA, no serious or critical violation) at
 * desktop width and at 320 px without horizontal scrolling; an officer opens a case from a signal, and a form
 * with an error keeps what was typed.
 */
@SchakelIntegrationTest
class CasesBrowserTests {

    private static final List<String> TABS = List.of("", "/signalen", "/betrokkenen", "/deelnemers", "/mijlpalen",
            "/interventies", "/logboek");

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    SignalIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCasePagePassesAxeAtDesktopWidthAndAt320Pixels() {
        UUID id = CaseFixtures.demoCase(jdbc);
        UUID dwangsom = jdbc.sql("select id from case_intervention where case_id = ?").param(id).query(UUID.class)
                .list().get(0);
        browser.logIn("af.utrecht");
        check("/casussen");
        check("/casussen/nieuw");
        for (String tab : TABS) {
            check("/casussen/" + id + tab);
        }
        check("/casussen/" + id + "/interventies/" + dwangsom);

        browser.page().context().clearCookies();
        browser.logIn("zorgaanbieder");
        check("/casussen");
        check("/casussen/" + id);
        check("/casussen/" + id + "/logboek");
    }

    @Test
    void theInterventionCataloguePassesAxeAtDesktopWidthAndAt320Pixels() {
        browser.logIn("beheerder");
        check("/admin/interventies");
    }

    @Test
    void anOfficerOpensACaseFromASignalAndAFormWithAnErrorKeepsItsInput() {
        UUID signal = CaseFixtures.signal(intake, jdbc, "Nagelstudio in de browser " + UUID.randomUUID(),
                "Mai Browser");
        Page page = browser.page();
        browser.logIn("af.utrecht");
        browser.open("/signalen/" + signal);
        page.locator("main a[href^='/casussen/nieuw']").click();
        page.waitForLoadState();
        page.locator("#title").fill("Nagelstudio Browserstraat");
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=error-summary]").isVisible()).isTrue();
        assertThat(page.locator("#title").inputValue()).isEqualTo("Nagelstudio Browserstraat");
        browser.assertAccessible();

        page.locator("#focus-PREMISES").check();
        page.locator("#legalBasis").fill("Convenant RIEC, art. 3");
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.url()).matches(".*/casussen/[0-9a-f-]{36}$");
        assertThat(page.locator("main h1").textContent()).contains("Casus C-");
        browser.open(java.net.URI.create(page.url()).getPath() + "/signalen");
        assertThat(page.locator("main").textContent()).contains(
                jdbc.sql("select reference from signal where id = ?").param(signal).query(String.class).single());
        browser.assertAccessible();
    }

    private void check(String path) {
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
        browser.open(path);
        assertThat(browser.page().locator("main h1").count()).as(path).isEqualTo(1);
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
    }
}
