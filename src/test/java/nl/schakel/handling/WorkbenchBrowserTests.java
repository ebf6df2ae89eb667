package nl.schakel.handling;

import java.util.List;
import java.util.UUID;

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
 * The workbench keeps its tab and search across a reload and "Back", and a tab clicked while a typed search word is
 * still waiting to be sent is no longer lost (issue 16, decision 0026).
 */
@SchakelIntegrationTest
class WorkbenchBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTabClickedRightAfterTypingIsKeptAndSoIsTheSearchAcrossReloadAndBack() {
        String word = "kas" + UUID.randomUUID().toString().substring(0, 8);
        UUID signal = TestSignals.sendPublic(port, jdbc, "Werkt in de " + word + " zonder pauze", "Gemeente Utrecht",
                List.of()).id();
        TestSignals.sendPublic(port, jdbc, "Een ander signaal " + UUID.randomUUID(), "Gemeente Utrecht", List.of());
        browser.logIn("af.utrecht");
        browser.open("/signalen");

        // The old race: the search goes out 400 ms after typing; the tab is clicked before that. Typing and clicking
        // in one task of the page makes the order certain (the debounced search always goes out after the tab).
        browser.page().evaluate("word => { const q = document.querySelector('#q'); q.value = word;"
                + " q.dispatchEvent(new Event('input', {bubbles: true}));"
                + " document.querySelector('button[data-bucket=NEW]').click(); }", word);
        browser.page().waitForTimeout(2000);
        assertThat(browser.page().locator("button[data-bucket=NEW]").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.page().locator("#workbench-results tbody tr").count()).isEqualTo(1);
        String address = browser.page().url();
        assertThat(address).contains("bak=NEW").contains("zoek=").doesNotContain(word);

        browser.page().reload();
        assertThat(browser.page().locator("button[data-bucket=NEW]").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.page().locator("#q").inputValue()).isEqualTo(word);
        assertThat(browser.page().locator("#workbench-results tbody tr").count()).isEqualTo(1);

        browser.page().locator("#workbench-results a[href$='" + signal + "']").click();
        browser.page().waitForSelector("[data-testid=signal-summary]");
        browser.page().goBack();
        browser.page().waitForSelector("#workbench-results");
        assertThat(browser.page().url()).isEqualTo(address);
        assertThat(browser.page().locator("button[data-bucket=NEW]").getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.page().locator("#q").inputValue()).isEqualTo(word);
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
    }
}
