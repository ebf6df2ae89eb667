package nl.schakel.signal;

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
import static org.awaitility.Awaitility.await;

/**
 * The whole route through the new signal page, as each role involved (issue 16, decision 0026): received, taken up,
 * enriched, weighed as trafficking and confirmed by a second officer, routed, answered by the police, the reporter
 * informed, closed. After each save the page shows the step saved; every changed page passes axe, also at 320 px.
 */
@SchakelIntegrationTest
class SignalRouteBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficerWalksTheRouteStepByStep() {
        String description = "Werken 14 uur per dag in de kassen " + UUID.randomUUID();
        UUID signal = TestSignals.sendPublic(port, jdbc, description, "Gemeente Utrecht", List.of(
                Map.entry("exploitationForms", "LABOUR"), Map.entry("indicators", "VNG_1_SLEEPS_AT_WORK"),
                Map.entry("indicators", "VNG_2_NO_OWN_ID_PAPERS"))).id();
        String path = "/signalen/" + signal;
        Page page = browser.page();

        // Received: nothing but "Oppakken" is offered; no "Afsluiten" on a new signal.
        browser.logIn("af.utrecht");
        browser.open(path);
        assertThat(page.locator("#afsluiten").getAttribute("data-state")).isEqualTo("NOT_YET");
        assertThat(page.locator("form[action$='/afsluiten']").count()).isZero();
        assertThat(page.locator("[data-testid=signal-content]").textContent()).contains("Wat de melder zag")
                .doesNotContain("1. Wat heeft u gezien?");
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
        page.locator("[data-testid=take-up]").click();
        assertStep(page, "ontvangen");
        assertThat(page.locator("[data-testid=summary-taken-up]").textContent()).isNotBlank()
                .doesNotContain("Nog niemand");

        // Enrich.
        page.locator("#enrichment-source").selectOption("CHAMBER_OF_COMMERCE");
        page.locator("#enrichment-checked").fill("Inschrijving van het tuinbouwbedrijf");
        page.locator("#found-true").check();
        page.locator("#enrichment-finding").fill("Uitzendbureau zonder keurmerk");
        page.locator("form[action$='/verrijking'] button[type=submit]").click();
        assertStep(page, "verrijken");

        // Weigh as trafficking: four eyes.
        page.locator("#level-TRAFFICKING").check();
        page.locator("#classification-reason").fill("Paspoorten ingenomen en slapen op het werk");
        page.locator("form[action$='/classificatie'] button[type=submit]").click();
        assertStep(page, "wegen");
        assertThat(page.locator("[data-testid=summary-classification]").textContent()).contains("wacht op bevestiging");
        browser.assertAccessible();

        page.context().clearCookies();
        browser.logIn("af2.utrecht");
        browser.open(path);
        page.locator("form[action$='/bevestigen'] button").click();
        assertStep(page, "wegen");
        assertThat(page.locator("[data-testid=current-level]").textContent()).contains("bevestigd door");

        // Route as recommended.
        page.context().clearCookies();
        browser.logIn("af.utrecht");
        browser.open(path + "/doorzetten");
        page.locator("main form button[type=submit]").last().click();
        page.waitForLoadState();
        assertThat(page.url()).endsWith("?stap=doorzetten#doorzetten");
        // A partner the signal went to answers (the police when recommended, else the first partner).
        Map<String, Object> referral = jdbc.sql("""
                select r.id, (select u.username from app_user u where u.organisation_id = r.partner_organisation_id
                              order by u.username limit 1) as username
                from referral r join organisation o on o.id = r.partner_organisation_id
                where r.signal_id = ? order by (o.name like 'Politie%') desc, o.name limit 1""").param(signal)
                .query().singleRow();
        page.context().clearCookies();
        browser.logIn((String) referral.get("username"));
        browser.open("/doorverwijzingen/" + referral.get("id"));
        page.locator("form[action$='/accepteren'] button").click();
        page.locator("#feedback").fill("Opgepakt door de politie, onderzoek loopt");
        page.locator("form[action$='/terugkoppeling'] button[type=submit]").click();
        page.waitForLoadState();
        await().until(() -> jdbc.sql("select status from signal where id = ?").param(signal).query(String.class)
                .single().equals("FEEDBACK_RECEIVED"));

        // Inform the reporter, then close.
        page.context().clearCookies();
        browser.logIn("af.utrecht");
        browser.open(path + "?stap=terugkoppelen");
        page.locator("#feedback-template").selectOption("HANDED_OVER");
        page.locator("#feedback-text").fill("Dank u. Wij hebben uw signaal doorgegeven.");
        page.locator("form[action$='/terugkoppeling'] button[value=send]").click();
        assertStep(page, "terugkoppelen");
        // The answered referral is completed (a step of its own, confirmed first), the others revoked: a signal with
        // open referrals does not close.
        page.locator("a[href$='/afronden']").first().click();
        browser.assertAccessible();
        page.locator("main form[action$='/afronden'] button[type=submit]").click();
        assertStep(page, "terugkoppelen");
        browser.open(path + "?stap=doorzetten");
        while (page.locator("form[action$='/intrekken'] button").count() > 0) {
            page.locator("form[action$='/intrekken'] button").first().click();
            page.waitForLoadState();
        }
        page.locator("#outcome-HANDED_OVER").check();
        page.locator("form[action$='/afsluiten'] button[type=submit]").click();
        assertStep(page, "afsluiten");
        assertThat(page.locator("[data-testid=summary-status]").textContent()).isEqualTo("Afgesloten");
        assertThat(page.locator("form[action$='/verrijking']").count()).as("a closed signal takes no steps").isZero();
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
    }

    /** After a save: the address names the step, the step is the current one and holds the confirmation. */
    private static void assertStep(Page page, String step) {
        page.waitForLoadState();
        assertThat(page.url()).endsWith("?stap=" + step + "#" + step);
        assertThat(page.locator("#" + step).getAttribute("class")).contains("route-step--current");
        assertThat(page.locator("#" + step + " [data-testid=step-notice]").count()).isEqualTo(1);
    }
}
