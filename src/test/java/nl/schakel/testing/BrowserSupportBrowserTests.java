package nl.schakel.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The browser checks themselves can fail: a checker that passes everything would hide every defect. */
@SchakelIntegrationTest
class BrowserSupportBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Test
    void theAccessibilityCheckNamesEachSeriousViolationAndWhereItIs() {
        browser.page().setContent("<!DOCTYPE html><html lang='nl'><head><title>Proef</title></head><body><main>"
                + "<h1>Proef</h1><img src='data:,' id='zonder-alt'><input type='text' id='zonder-label'></main>"
                + "</body></html>");

        assertThatThrownBy(browser::assertAccessible).hasMessageContaining("image-alt (critical)")
                .hasMessageContaining("#zonder-alt").hasMessageContaining("label (critical)")
                .hasMessageContaining("#zonder-label");
    }

    @Test
    void theAccessibilityCheckWantsTheVisibleTextOfAButtonInItsName() {
        browser.page().setContent("<!DOCTYPE html><html lang='nl'><head><title>Proef</title></head><body><main>"
                + "<h1>Proef</h1><button id='anders' aria-label='Iets heel anders'>Opslaan</button></main></body></html>");

        assertThatThrownBy(browser::assertAccessible).hasMessageContaining("label-content-name-mismatch")
                .hasMessageContaining("#anders");
    }

    @Test
    void theAccessibilityCheckPassesACleanPage() {
        browser.page().setContent("<!DOCTYPE html><html lang='nl'><head><title>Proef</title></head><body><main>"
                + "<h1>Proef</h1><label for='naam'>Naam</label><input type='text' id='naam'></main></body></html>");

        assertThatCode(browser::assertAccessible).doesNotThrowAnyException();
    }

    @Test
    void theReflowCheckCatchesAPageWiderThanTheScreen() {
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.page().setContent("<!DOCTYPE html><html lang='nl'><body><div class='breed' style='width:400px'>x</div>"
                + "</body></html>");

        assertThatThrownBy(browser::assertNoHorizontalScroll).hasMessageContaining("div.breed");
    }

    @Test
    void theFocusCheckCatchesAnInvisibleFocus() {
        browser.page().setContent("<!DOCTYPE html><html lang='nl'><head><style>a:focus{outline:none}</style></head>"
                + "<body><a href='#x' id='onzichtbaar'>Link</a></body></html>");

        assertThatThrownBy(() -> browser.tabTo("#onzichtbaar", 3)).hasMessageContaining("a#onzichtbaar");
    }
}
