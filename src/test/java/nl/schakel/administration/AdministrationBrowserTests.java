package nl.schakel.administration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.schakel.access.Role;
import nl.schakel.access.UserAdministration;
import nl.schakel.organisations.Organisations;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's screens in a real browser: accessible, usable with the keyboard, and fit for a phone. */
@SchakelIntegrationTest
class AdministrationBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    UserAdministration users;

    @Autowired
    Organisations organisations;

    private Page page;

    @BeforeEach
    void logInAsAdministrator() {
        browser.logIn("beheerder");
        page = browser.page();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/organisations", "/admin/organisations/new", "/admin/users", "/admin/users/new",
            "/admin/audit"})
    void everyAdministratorPageIsAccessible(String path) {
        browser.open(path);

        assertThat(page.locator("h1").textContent()).isNotBlank();
        browser.assertAccessible();
        browser.screenshot(path.substring(1).replace('/', '-') + "-1280");
    }

    @Test
    void anEditFormIsAccessible() {
        browser.open("/admin/organisations");
        page.locator("table a").first().click();
        page.waitForURL("**/admin/organisations/*");
        browser.assertAccessible();

        browser.open("/admin/users");
        page.locator("table a").first().click();
        page.waitForURL("**/admin/users/*");
        browser.assertAccessible();
    }

    @Test
    void anOrganisationFormWithErrorsIsAccessibleAndFocusesItsSummary() {
        browser.open("/admin/organisations/new");
        page.locator("#type").selectOption("LABOUR_INSPECTORATE");
        page.locator("main form.form button[type=submit]").click();
        page.waitForSelector(".error-summary");

        assertThat(browser.focusReaches(".error-summary")).as("the error summary gets the focus").isTrue();
        assertThat(page.locator("#name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#type").inputValue()).isEqualTo("LABOUR_INSPECTORATE");
        assertThat(page.locator("#department").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("#department").getAttribute("aria-describedby")).contains("department-error");
        browser.assertAccessible();
        browser.screenshot("admin-organisations-new-errors-1280");
    }

    @Test
    void aUserFormWithErrorsIsAccessible() {
        browser.open("/admin/users/new");
        page.locator("#username").fill("Ongeldig Met Spaties");
        page.locator("#email").fill("geen-email");
        page.locator("main form.form button[type=submit]").click();
        page.waitForSelector(".error-summary");

        assertThat(page.locator(".error-summary li").count()).isGreaterThanOrEqualTo(4);
        assertThat(page.locator("#username").inputValue()).isEqualTo("Ongeldig Met Spaties");
        browser.assertAccessible();
        browser.screenshot("admin-users-new-errors-1280");
    }

    @Test
    void theAuditLogFilteredInPlaceAndItsVerificationAreAccessible() {
        browser.open("/admin/audit");
        page.locator("#outcome").selectOption("SUCCESS");
        page.waitForURL("**/admin/audit?*outcome=SUCCESS*");
        browser.assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keten controleren")).click();
        page.waitForURL("**/admin/audit/verify");

        assertThat(page.locator("[data-testid=verification]").textContent()).contains("onveranderd");
        browser.assertAccessible();
    }

    @Test
    void theTemporaryPasswordPageIsAccessible() {
        String username = TestUsers.create(users, organisations, "Gemeente Amersfoort", Role.ANALYST);
        browser.open("/admin/users");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord herstellen voor Test "
                + username)).click();
        page.waitForSelector("[data-testid=temporary-password]");

        assertThat(page.locator("[data-testid=temporary-password] code").textContent()).hasSize(19);
        browser.assertAccessible();
        browser.screenshot("admin-user-password-1280");
    }

    @Test
    void theUserListCanBeReachedWithTheSkipLinkAndTheKeyboard() {
        page.keyboard().press("Tab");
        assertThat(browser.focusIsOn("a.skip-link")).isTrue();
        page.keyboard().press("Enter");
        browser.tabTo("main a[href='/admin/users']", 10);
        page.keyboard().press("Enter");
        page.waitForURL("**/admin/users");

        assertThat(page.locator("h1").textContent()).isEqualTo("Gebruikers");
    }

    @Test
    void theUserListCanBeReachedThroughTheMenuWithTheKeyboard() {
        browser.tabTo("nav.main-nav a[href='/admin/users']", 15);
        page.keyboard().press("Enter");
        page.waitForURL("**/admin/users");

        assertThat(page.locator("h1").textContent()).isEqualTo("Gebruikers");
        assertThat(page.locator("nav.main-nav a[href='/admin/users']").getAttribute("aria-current")).isEqualTo("page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/organisations", "/admin/users", "/admin/audit"})
    void theAdministratorListsFitA320PixelWideScreen(String path) {
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.open(path);

        browser.assertNoHorizontalScroll();
        String firstCell = ".table tbody td";
        assertThat(page.locator(firstCell).first().getAttribute("data-label")).as("the column a cell is in")
                .isEqualTo(page.locator(".table thead th").first().textContent());
        assertThat(page.evaluate("s => getComputedStyle(document.querySelector(s), '::before').content", firstCell))
                .as("at 320 px each cell shows its column name").isNotEqualTo("none");
        browser.screenshot(path.substring(1).replace('/', '-') + "-320");
    }
}
