package nl.schakel.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.schakel.monitoring.MonitoringIntegrationTests;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16's acceptance: "A fresh start on the embedded default shows each demo role at least one item that needs
 * them." With the demo signals on (as on the embedded default), every one of the 15 demo users logs in and finds,
 * on their start page or their main list, something that asks for them. Stacking links the demo signals after the
 * seeding committed, so the checks are repeated for a while until all hold.
 */
@SchakelIntegrationTest
@TestPropertySource(properties = "schakel.demo.signals=true")
class LivingDemoIntegrationTests {

    /** Where a demo user looks first, and what shows that something there needs them. */
    record Need(String username, String path, Pattern shows) {

        Need(String username, String path, String text) {
            this(username, path, Pattern.compile(Pattern.quote(text)));
        }

        boolean metOn(String page) {
            return shows.matcher(page).find();
        }
    }

    static final List<Need> NEEDS = List.of(
            new Need("beheerder", "/sociale-kaart", "Niet geverifieerd"),
            new Need("melder", "/signalen/mijn", "Aan de balie kwam een vrouw"),
            new Need("leidinggevende", "/", "data-testid=\"awaiting-cosignature\""),
            new Need("af.utrecht", "/", "data-testid=\"proposals-awaiting-review\""),
            new Need("af.utrecht", "/signalen", "Termijn verstreken (1)"),
            new Need("af.utrecht", "/signalen", "Nieuw bericht van melder (1)"),
            new Need("af.utrecht", "/signalen?bak=PROPOSALS_TO_REVIEW", "Mohammed El-Amrani"),
            new Need("af2.utrecht", "/signalen", "Wacht op mijn bevestiging (1)"),
            new Need("af.houten", "/signalen", "Nieuw (1)"),
            new Need("analist", "/monitoring", Pattern.compile("Ontvangen</th>\\s*<td>[1-9]")),
            new Need("zorgcoordinator", "/doorverwijzingen", "Gemeente Utrecht"),
            new Need("veiligthuis", "/doorverwijzingen", "Gemeente Utrecht"),
            new Need("politie", "/doorverwijzingen", "Termijn verstreken"),
            new Need("nla.opsporing", "/doorverwijzingen", "Gemeente Utrecht"),
            new Need("nla.toezicht", "/doorverwijzingen", "Gemeente Utrecht"),
            new Need("ketenregisseur", "/overleggen", "data-meeting="),
            new Need("zorgaanbieder", "/opvang/plaatsingen", "Pretty Human jongerenopvang"),
            new Need("zorgaanbieder.belle", "/opvang/plaatsingen", "Belle opvang 18+"));


    @LocalServerPort
    int port;

    @Test
    void everyDemoUserFindsSomethingThatNeedsThem() {
        Set<String> covered = NEEDS.stream().map(Need::username).collect(Collectors.toSet());
        assertThat(DemoRegionSeeder.DemoUser.ALL).extracting(DemoRegionSeeder.DemoUser::username)
                .as("every demo user has a need to check").allMatch(covered::contains);

        Map<String, WebSession> sessions = new LinkedHashMap<>();
        for (Need need : NEEDS) {
            sessions.computeIfAbsent(need.username(), username -> {
                WebSession session = new WebSession(port);
                session.login(username, WebSession.DEMO_PASSWORD);
                return session;
            });
        }
        Map<Need, String> pages = new LinkedHashMap<>();
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                List<String> missing = new ArrayList<>();
                for (Need need : NEEDS) {
                    String page = sessions.get(need.username()).get(need.path()).body();
                    pages.put(need, page);
                    if (!need.metOn(page)) {
                        missing.add(need.username() + " on " + need.path() + " misses " + need.shows().pattern());
                    }
                }
                assertThat(missing).as("demo users with nothing that needs them").isEmpty();
            });
        } finally {
            keep(pages);
        }
    }

    /**
     * Issue 14: "every chart and table shows something on first start". The council report opens on last year, so
     * for Utrecht last year's and this year's T1–T5 each hold a count above zero in year N; the regional victims
     * table and the CoMensha-style export of last year have rows with counts.
     */
    @Test
    void theCouncilReportOfLastYearAndThisYearShowsSomethingInEveryTable() {
        WebSession analyst = new WebSession(port);
        analyst.login("analist", WebSession.DEMO_PASSWORD);
        WebSession director = new WebSession(port);
        director.login("ketenregisseur", WebSession.DEMO_PASSWORD);
        int thisYear = MutableClock.applicationNow(port).atZone(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            String lastYearsReport = analyst.get("/monitoring/raadsrapportage").body();
            assertThat(lastYearsReport).contains("over " + (thisYear - 1) + ".");
            for (String page : List.of(lastYearsReport, analyst.get("/monitoring/raadsrapportage?jaar=" + thisYear)
                    .body())) {
                for (String table : List.of("t1", "t2", "t3", "t4", "t5")) {
                    assertThat(MonitoringIntegrationTests.table(page, table).values())
                            .as(table + " has a count in year N").anyMatch(cells -> cells.get(0).matches("[1-9]\\d*"));
                }
            }
            Map<String, List<String>> t4 = MonitoringIntegrationTests.table(lastYearsReport, "t4");
            Map<String, List<String>> t5 = MonitoringIntegrationTests.table(lastYearsReport, "t5");
            for (List<String> cells : List.of(t4.get("Casussen geopend"), t4.get("Waarvan controles (integrale controle)"),
                    t5.get("Zorgtrajecten gestart"), t5.get("Plaatsingen in opvang"), t5.get("Aanmeldingen bij Nidos"))) {
                assertThat(cells.get(0)).as("last year's T4/T5").matches("[1-9]\\d*");
            }
            assertThat(MonitoringIntegrationTests.table(director.get("/monitoring/slachtoffers?jaar="
                    + (thisYear - 1)).body(), "slachtoffers").get("Totaal meldingen"))
                    .anyMatch(cell -> cell.matches("[1-9]\\d*"));
            assertThat(director.get("/monitoring/comensha.csv?jaar=" + (thisYear - 1)).body().lines().count())
                    .as("a header and a row per trajectory").isGreaterThan(2);
        });
    }

    /** The last pages seen, for reading after a failure (target/, as the other test output). */
    private static void keep(Map<Need, String> pages) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "living-demo-pages"));
            for (Map.Entry<Need, String> page : pages.entrySet()) {
                Files.writeString(folder.resolve(page.getKey().username() + page.getKey().path()
                        .replaceAll("[^a-zA-Z0-9]", "_") + ".html"), page.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
