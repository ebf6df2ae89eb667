package nl.schakel.intake.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.PublicForm;
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
        throttles.clear();
    }

    @Test
    void aResidentReportsAnonymouslyReadsTheOfficersQuestionAndAnswersIt() {
        Page page = browser.page();
        String description = "Vier jonge vrouwen wonen boven de nagelstudio en mogen niet naar buiten " + UUID.randomUUID();
        browser.open("/melden");
        browser.assertAccessible();
        page.getByLabel("Beschrijving").fill(description);
        page.locator("#municipalityId").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Gemeente Utrecht"));
        for (String question : new String[] {"Wie of wat was erbij betrokken?", "Wat viel u op?", "Is er gevaar?",
                "Over u"}) {
            PublicForm.next(page, question);
        }
        page.getByLabel("Wie bent u?").selectOption("RESIDENT");
        PublicForm.next(page, "Wilt u foto's of documenten meesturen?");
        // The upload is inside the form, on its own page; the check page shows what goes along.
        page.locator("#files").setInputFiles(photoWithMetadata());
        PublicForm.next(page, "Controleer uw melding");
        assertThat(page.locator(".held-files").textContent()).contains("foto-");
        browser.assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Uw melding is verstuurd");
        browser.assertAccessible();
        String code = page.locator("[data-testid=receipt-code] code").textContent().strip();
        assertThat(page.context().cookies()).isEmpty();

        browser.logIn("af.utrecht");
        browser.open("/signalen");
        browser.assertAccessible();
        page.locator("tr", new Page.LocatorOptions().setHasText(description)).locator("a").first().click();
        // The click starts the navigation; the signal page streams in, so read it once it has loaded (read half
        // way, its DOM ended in the step "Ontvangen", before the description: a failed run).
        page.waitForURL(url -> url.matches(".*/signalen/[0-9a-f-]{36}$"));
        assertThat(page.content()).contains(description);
        browser.assertAccessible();
        Download photo = page.waitForDownload(() -> page.locator("a[href*='/bijlagen/']").click());
        byte[] cleaned = readAll(photo);
        assertThat(new String(cleaned, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("\u0089PNG")
                .doesNotContain("canary-author");
        String attachmentUrl = page.locator("a[href*='/bijlagen/']").getAttribute("href");
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

        page.context().clearCookies();
        browser.logIn("af.houten");
        assertThat(page.request().get(attachmentUrl).status()).isEqualTo(404);
        assertThat(page.request().get(signalPage).status()).isEqualTo(404);
    }

    /** A small PNG whose text chunk names its author, as phone and camera metadata would. */
    private static Path photoWithMetadata() {
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            byte[] plain = png.toByteArray();
            byte[] text = "Author\u0000canary-author".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            crc.update(text);
            ByteBuffer chunk = ByteBuffer.allocate(12 + text.length).putInt(text.length)
                    .put("tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(text).putInt((int) crc.getValue());
            int afterHeader = 8 + 25;
            ByteArrayOutputStream withText = new ByteArrayOutputStream();
            withText.write(plain, 0, afterHeader);
            withText.write(chunk.array());
            withText.write(plain, afterHeader, plain.length - afterHeader);
            Path file = Files.createTempFile("foto-", ".png");
            Files.write(file, withText.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFormWithErrorsAndTheEnglishFormAreAccessible() {
        browser.open("/melden?lang=en");
        assertThat(browser.page().locator("h1").textContent()).isEqualTo("What did you see?");
        assertThat(browser.page().locator(".caption").textContent()).isEqualTo("Report a signal of human trafficking");
        browser.assertAccessible();

        browser.page().locator(PublicForm.NEXT).click();

        assertThat(browser.page().locator(".error-summary").textContent()).contains("Briefly describe what you saw");
        browser.assertAccessible();
    }

    /**
     * Issue 16: the shortest keyboard-only way from /melden to the receipt takes at most 30 presses of Tab (it took 77
     * to reach "Controleren" on the form of one page), and no page of the way sets a cookie.
     */
    @Test
    void aResidentReportsByKeyboardAloneInAtMostThirtyTabsWithoutACookie() {
        Page page = browser.page();
        List<String> cookies = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            String set = response.headerValue("set-cookie");
            if (set != null) {
                cookies.add(response.url() + ": " + set);
            }
        });
        browser.open("/melden");
        assertThat(browser.focusReaches("h1[data-step-heading]")).as("focus on the first question").isTrue();

        int tabs = tabsTo("#description");
        page.keyboard().type("Een man haalt elke ochtend jongens op bij het station met een wit busje.");
        for (String question : new String[] {"Wie of wat was erbij betrokken?", "Wat viel u op?", "Is er gevaar?",
                "Over u", "Wilt u foto's of documenten meesturen?", "Controleer uw melding"}) {
            tabs += tabsTo(PublicForm.NEXT);
            page.keyboard().press("Enter");
            page.waitForSelector("h1:has-text(\"" + question + "\")");
            assertThat(browser.focusReaches("h1[data-step-heading]")).as("focus on " + question).isTrue();
        }
        tabs += tabsTo("button[value=send]");
        page.keyboard().press("Enter");

        page.waitForSelector("h1:has-text('Uw melding is verstuurd')");
        assertThat(page.locator("[data-testid=receipt-code]").textContent()).matches("\\s*[0-9A-Z-]{29}\\s*");
        System.out.println("Tab presses from /melden to the receipt: " + tabs);
        assertThat(tabs).as("presses of Tab from /melden to the receipt").isLessThanOrEqualTo(30);
        assertThat(cookies).as("cookies set on the way").isEmpty();
        assertThat(page.context().cookies()).isEmpty();
    }

    /** Every page of the public form, its parts opened, passes axe at 320 px and needs no horizontal scrolling. */
    @Test
    void everyStepIsAccessibleOnANarrowScreen() {
        Page page = browser.page();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.open("/melden");
        checkNarrow();
        page.getByLabel("Beschrijving").fill("Op de camping wonen twintig arbeiders in twee caravans.");
        for (String question : new String[] {"Wie of wat was erbij betrokken?", "Wat viel u op?", "Is er gevaar?",
                "Over u"}) {
            PublicForm.next(page, question);
            checkNarrow();
        }
        page.locator("#anonymous-false").check();
        PublicForm.next(page, "Hoe kunnen wij u bereiken?");
        checkNarrow();
        page.locator(PublicForm.NEXT).click();
        assertThat(page.locator(".error-summary").textContent()).contains("vul dan uw naam in");
        checkNarrow();
        page.getByLabel("Uw naam").fill("Jan de Vries");
        page.getByLabel("Uw e-mailadres").fill("jan@example.org");
        PublicForm.next(page, "Wilt u foto's of documenten meesturen?");
        checkNarrow();
        PublicForm.next(page, "Controleer uw melding");
        checkNarrow();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding versturen")).click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Uw melding is verstuurd");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Code kopiëren")).isVisible())
                .isTrue();
        checkNarrow();
    }

    private void checkNarrow() {
        browser.page().evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }

    /** Presses Tab until the element has the focus; returns how many presses that took. */
    private int tabsTo(String selector) {
        for (int presses = 0; presses <= 40; presses++) {
            if (browser.focusIsOn(selector)) {
                browser.assertFocusVisible();
                return presses;
            }
            browser.page().keyboard().press("Tab");
        }
        throw new AssertionError(selector + " not reached with 40 presses of Tab on " + browser.page().url());
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
