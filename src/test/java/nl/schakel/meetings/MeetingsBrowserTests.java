package nl.schakel.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import nl.schakel.testing.BrowserSupport;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting calendar, a meeting's page in conduct mode and "Mijn acties" pass axe, also at 320 px. */
@SchakelIntegrationTest
class MeetingsBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyMeetingPagePassesAxeAtDesktopAndNarrowWidth() {
        UUID local = jdbc.sql("select m.id from meeting m join meeting_series s on s.id = m.series_id "
                        + "where s.type = 'LOCAL_UNDERMINING' and m.held_on >= ? order by m.held_on limit 1")
                .param(LocalDate.now(clock)).query(UUID.class).single();
        Page page = browser.page();
        browser.logIn("af.utrecht");
        for (String path : new String[] {"/overleggen", "/overleggen/" + local, "/overleggen/acties"}) {
            browser.open(path);
            browser.assertAccessible();
            browser.useWidth(BrowserSupport.NARROW_WIDTH);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.useWidth(BrowserSupport.DESKTOP_WIDTH);
        }
        browser.open("/overleggen/" + local);
        page.locator("main form[action$='/status'] button[value=AGENDA_PUBLISHED]").click();
        page.waitForLoadState();
        assertThat(page.locator("[data-testid=meeting-status]").textContent()).isEqualTo("Agenda verstuurd");
        browser.assertAccessible();
        browser.useWidth(BrowserSupport.NARROW_WIDTH);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }
}
