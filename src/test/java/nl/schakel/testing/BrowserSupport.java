package nl.schakel.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Playwright for {@code *BrowserTests}: one headless Chromium per test class, a fresh browser context
 * and page per test, pointed at the application of a {@link SchakelIntegrationTest} on its random port.
 * Register it in the test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BrowserSupport browser = new BrowserSupport();
 * }</pre>
 *
 * Playwright never downloads a browser: it drives the system Chromium ({@code /usr/bin/chromium}, or
 * {@code SCHAKEL_TEST_CHROMIUM}). Without it the tests are skipped with a message, except on CI
 * ({@code CI=true}), where a missing Chromium fails them.
 */
public final class BrowserSupport implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    public static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("SCHAKEL_TEST_CHROMIUM",
            "/usr/bin/chromium"));
    public static final int DESKTOP_WIDTH = 1280;
    public static final int NARROW_WIDTH = 320;
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final int HEIGHT = 900;
    // Without the background-networking flags Chromium keeps calling home, which a closed network punishes.
    private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");
    private static final String FOCUSED = """
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return null;
              const s = getComputedStyle(e);
              const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
              const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.getAttribute('href') ? '[href="' + e.getAttribute('href') + '"]' : '')
                  + ' "' + (e.textContent || e.value || '').trim().slice(0, 40) + '"';
              return { name: name, visible: visible };
            }""";

    private String chromiumMissing;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;

    @Override
    public void beforeAll(ExtensionContext extension) {
        chromiumMissing = chromiumMissing();
        if (chromiumMissing != null) {
            System.err.println(chromiumMissing + " Skipping " + extension.getDisplayName() + ".");
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        // Skipped per test rather than per class, so every skipped test carries the reason in the report.
        Assumptions.assumeTrue(chromiumMissing == null, chromiumMissing);
        String port = SpringExtension.getApplicationContext(extension).getEnvironment()
                .getRequiredProperty("local.server.port");
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                .setViewportSize(DESKTOP_WIDTH, HEIGHT).setLocale("nl-NL"));
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            screenshot("failures/" + extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName() + "-"
                    + extension.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_"));
        }
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The page of the running test. */
    public Page page() {
        return page;
    }

    /** Opens a path of the application; returns the answer to the last request (after redirects). */
    public Response open(String path) {
        return page.navigate(path);
    }

    /** Logs in through the real login form, as a demo user with the demo password. */
    public void logIn(String username) {
        logIn(username, WebSession.DEMO_PASSWORD);
    }

    /** Logs in through the real login form and waits for the page after it. */
    public void logIn(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(url -> !url.endsWith("/login"));
        completeSecondFactor(username);
        assertThat(page.url()).as("logging in as %s", username).doesNotContain("/login");
    }

    /** The second step, as the user's authenticator app would do it; enrols first when the user has none yet. */
    public void completeSecondFactor(String username) {
        if (page.url().contains("/login/koppelen")) {
            String secret = SecondFactorCodes.enrolFromPage(username, page.content());
            page.locator("#code").fill(SecondFactorCodes.codeForSecret(secret, java.net.URI.create(page.url()).getPort()));
            page.locator("main form button[type=submit]").click();
            page.waitForURL(url -> url.contains("/login/herstelcodes"));
            SecondFactorCodes.rememberRecoveryCodes(username, page.content());
            page.locator("main a.button").click();
            page.waitForURL(url -> !url.contains("/login/"));
        } else if (page.url().contains("/login/tweede-factor")) {
            page.locator("#code").fill(SecondFactorCodes.codeFor(username, java.net.URI.create(page.url()).getPort()));
            page.locator("main form button[type=submit]").click();
            page.waitForURL(url -> !url.contains("/login/"));
        }
    }

    /**
     * Runs axe-core with the WCAG 2.0 and 2.1 A and AA rules on the current page and fails on every
     * serious or critical violation, naming rule, impact, help and the elements concerned.
     */
    public void assertAccessible() {
        AxeResults results = new AxeBuilder(page).options(runOptions()).withTags(WCAG_TAGS).analyze();
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", page.url(), results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("rules axe-core checked on %s", page.url()).isNotEmpty();
        Map<Boolean, List<Rule>> byBlocking = results.getViolations().stream()
                .collect(Collectors.partitioningBy(rule -> BLOCKING_IMPACTS.contains(rule.getImpact())));
        // Moderate and minor findings do not fail the test, but are worth seeing in the test output.
        byBlocking.get(false).forEach(rule -> System.out.println("axe note on " + page.url() + ":\n" + describe(rule)));
        List<Rule> blocking = byBlocking.get(true);
        if (!blocking.isEmpty()) {
            fail("Accessibility violations on " + page.url() + ":\n" + blocking.stream()
                    .map(BrowserSupport::describe).collect(Collectors.joining("\n")));
        }
    }

    /** Sets the viewport width, as a phone or a 400% zoom would. */
    public void useWidth(int width) {
        page.setViewportSize(width, HEIGHT);
    }

    /** The page fits its viewport width: no horizontal scrolling (WCAG 1.4.10 Reflow). */
    public void assertNoHorizontalScroll() {
        int viewport = page.viewportSize().width;
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("scroll width of %s at %d px, widest elements: %s", page.url(), viewport,
                widestElements(viewport)).isLessThanOrEqualTo(viewport + 1);
    }

    /**
     * Presses Tab until the element matching the selector has the focus, checking at every stop that the
     * focus can be seen; fails when it is not reached within the given number of presses.
     */
    public void tabTo(String selector, int maxPresses) {
        for (int presses = 0; presses <= maxPresses; presses++) {
            if (focusIsOn(selector)) {
                assertFocusVisible();
                return;
            }
            page.keyboard().press("Tab");
            assertFocusVisible();
        }
        fail("%s not reached with %d presses of Tab on %s", selector, maxPresses, page.url());
    }

    /**
     * Whether the focus reaches the element within a few seconds: the page's script moves it on DOMContentLoaded,
     * which may come after the element is in the DOM (what {@code waitForSelector} waits for), and the browser
     * applies {@code autofocus} when it next renders, which may be just after the load event a navigation waited for.
     */
    public boolean focusReaches(String selector) {
        try {
            page.waitForFunction("s => document.activeElement !== null && document.activeElement.matches(s)",
                    selector, new Page.WaitForFunctionOptions().setTimeout(5000));
            return true;
        } catch (com.microsoft.playwright.TimeoutError e) {
            return false;
        }
    }

    public boolean focusIsOn(String selector) {
        return (Boolean) page.evaluate("s => document.activeElement !== null && document.activeElement.matches(s)",
                selector);
    }

    /** The focused element shows an outline or a box shadow. */
    @SuppressWarnings("unchecked")
    public void assertFocusVisible() {
        Map<String, Object> focused = (Map<String, Object>) page.evaluate(FOCUSED);
        if (focused != null) {
            assertThat((Boolean) focused.get("visible")).as("visible focus on %s at %s", focused.get("name"),
                    page.url()).isTrue();
        }
    }

    /** Saves a screenshot of the whole page under target/screenshots (not committed). */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Also the experimental check of WCAG 2.5.3 Label in Name: a button's accessible name contains its visible text. */
    private static AxeRunOptions runOptions() {
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRules(Map.of("label-content-name-mismatch", enabled));
        return options;
    }

    private String widestElements(int viewport) {
        return String.valueOf(page.evaluate("""
                w => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w + 1)
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right='
                      + Math.round(e.getBoundingClientRect().right))""", viewport));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl()
                + "\n" + rule.getNodes().stream().map(BrowserSupport::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    element " + node.getTarget() + ": " + String.valueOf(node.getFailureSummary()).replace("\n", " ");
    }

    /** Why the browser tests cannot run here, or null; on CI a missing Chromium is an error. */
    private static String chromiumMissing() {
        if (Files.isExecutable(CHROMIUM)) {
            return null;
        }
        String message = "Chromium is missing at " + CHROMIUM + ": the browser tests need it (Debian/Ubuntu: "
                + "apt-get install chromium, or point SCHAKEL_TEST_CHROMIUM at a Chromium).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " On CI it must be there; .ci/run installs it.");
        }
        return message;
    }
}
