package nl.schakel.monitoring;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.Classifications;
import nl.schakel.monitoring.internal.RegionalTables;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The region's tables read from the application: 170 registrations recorded, classified and routed as officers
 * do reproduce the victims table of seed 001 §1.3 cell for cell on the page and in its downloads; the Regietafel's
 * downloads hold no identifier, no reference and no cell under the threshold. Each test counts in a year of its own.
 */
@SchakelIntegrationTest
class RegionalTablesIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    SignalRecords records;
    @Autowired
    Classifications classifications;
    @Autowired
    Referrals referrals;
    @Autowired
    PartnerFigures partnerFigures;
    @Autowired
    RegionalTables tables;

    @AfterEach
    void reset() {
        clock.reset();
        ModuleFixtures.stopActing();
    }

    @Test
    void oneHundredSeventyRegistrationsReproduceTheTableOfSeed001CellForCellOnThePageAndInTheDownloads()
            throws Exception {
        int year = LocalDate.now(clock).getYear() - 8;
        clock.advance(Duration.between(clock.instant(), LocalDateTime.of(year, 3, 1, 10, 0).atZone(AMSTERDAM)
                .toInstant()));
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID lelystad = ModuleFixtures.organisation(jdbc, "Gemeente Lelystad");
        UUID hilversum = ModuleFixtures.organisation(jdbc, "Gemeente Hilversum");
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        partnerFigures.assign(region, utrecht, SubRegion.UTRECHT);
        partnerFigures.assign(region, lelystad, SubRegion.FLEVOLAND);
        partnerFigures.assign(region, hilversum, SubRegion.GOOI_EN_VECHT);
        UUID police = ModuleFixtures.organisation(jdbc, "Politie Midden-Nederland – TMM");
        UUID moviera = ModuleFixtures.organisation(jdbc, "Moviera");
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        // Police 30 (18 + 9 + 3, not split in the table); care coordinators 36 / 2 / 24; not registered 77 / 0 / 1.
        register(officer, region, utrecht, 18, police);
        register(officer, region, lelystad, 9, police);
        register(officer, region, hilversum, 3, police);
        register(officer, region, lelystad, 36, moviera);
        register(officer, region, hilversum, 2, moviera);
        register(officer, region, utrecht, 24, moviera);
        register(officer, region, lelystad, 77, null);
        register(officer, region, utrecht, 1, null);
        // Not registrations: routed but never weighed, and weighed as no trafficking.
        SignalId unweighed = signal(region, utrecht);
        send(officer, unweighed, police);
        classifications.classify(officer, signal(region, lelystad), ClassificationLevel.NO_TRAFFICKING, "Geen");
        ModuleFixtures.stopActing();

        Map<String, List<String>> expected = Map.of(
                "Politie", List.of("", "", "", "30"),
                "Zorgcoördinatoren", List.of("36", "2", "24", "62"),
                "Andere instanties", List.of("0", "0", "0", "0"),
                "Niet geregistreerd", List.of("77", "0", "1", "78"),
                "Totaal meldingen", List.of("113", "2", "25", "170"));
        // Facts follow the events after commit: wait until the last referral is counted.
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(tables.victims(region,
                Period.year(year)).rows().stream().map(r -> r.cells().stream().map(c -> c.shown()).toList()).toList())
                .containsExactly(expected.get("Politie"), expected.get("Zorgcoördinatoren"),
                        expected.get("Andere instanties"), expected.get("Niet geregistreerd"),
                        expected.get("Totaal meldingen")));
        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        Map<String, List<String>> page = MonitoringIntegrationTests.table(
                director.get("/monitoring/slachtoffers?jaar=" + year).body(), "slachtoffers");

        assertThat(new ArrayList<>(page.keySet())).containsExactly("Politie", "Zorgcoördinatoren",
                "Andere instanties", "Niet geregistreerd", "Totaal meldingen");
        expected.forEach((row, cells) -> assertThat(page.get(row)).as(row).isEqualTo(cells));

        long audited = audited();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                director.download("/monitoring/slachtoffers.xlsx?jaar=" + year)))) {
            Sheet sheet = workbook.getSheet("slachtoffers");
            assertThat(texts(sheet.getRow(0))).containsExactly("Cijfers slachtoffers mensenhandel per bron en deelregio",
                    "Flevoland", "Gooi & Vecht", "Utrecht", "Totaal");
            for (int r = 1; r <= 5; r++) {
                List<String> line = texts(sheet.getRow(r));
                assertThat(line.subList(1, line.size())).as(line.get(0)).isEqualTo(expected.get(line.get(0)));
            }
        }
        String csv = new String(director.download("/monitoring/slachtoffers.csv?jaar=" + year), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\nPolitie,,,,30\r\n", "\r\nZorgcoördinatoren,36,2,24,62\r\n",
                "\r\nAndere instanties,0,0,0,0\r\n", "\r\nNiet geregistreerd,77,0,1,78\r\n",
                "\r\nTotaal meldingen,113,2,25,170\r\n");
        assertThat(csv).startsWith("Cijfers slachtoffers mensenhandel per bron en deelregio,Flevoland,Gooi & Vecht,"
                + "Utrecht,Totaal\r\n");
        assertThat(audited()).isEqualTo(audited + 2);
    }

    @Test
    void theRegietafelDownloadsHoldNoIdentifierNoReferenceAndNoCellUnderTheThreshold() throws Exception {
        int year = LocalDate.now(clock).getYear() - 9;
        clock.advance(Duration.between(clock.instant(), LocalDateTime.of(year, 5, 1, 10, 0).atZone(AMSTERDAM)
                .toInstant()));
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        partnerFigures.assign(region, utrecht, SubRegion.UTRECHT);
        for (int i = 0; i < 12; i++) {
            signal(region, utrecht);
        }
        signal(region, utrecht);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from monitoring_signal_fact "
                + "where region_id = ? and extract(year from received_at) = ?").param(region).param(year)
                .query(Integer.class).single() == 13);
        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        long audited = audited();

        for (String query : List.of("?jaar=" + year, "?jaar=" + year + "&kwartaal=2")) {
            String csv = new String(director.download("/monitoring/regietafel.csv" + query), StandardCharsets.UTF_8);
            assertNothingRevealed(csv);
            List<String> lines = csv.lines().toList();
            assertThat(lines).hasSize(1 + 10);
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = List.of(line.split(","));
                for (String cell : cells.subList(1, cells.size())) {
                    assertThat(cell.equals("<10") || Long.parseLong(cell) >= 10).as(query + ": " + line).isTrue();
                }
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    director.download("/monitoring/regietafel.xlsx" + query)))) {
                Sheet sheet = workbook.getSheet("regietafel");
                StringBuilder all = new StringBuilder();
                for (int r = 1; r <= 10; r++) {
                    List<String> line = texts(sheet.getRow(r));
                    all.append(String.join(",", line)).append('\n');
                    for (String cell : line.subList(1, line.size())) {
                        assertThat(cell.equals("<10") || Long.parseLong(cell) >= 10).as(query + ": " + line).isTrue();
                    }
                }
                assertNothingRevealed(all.toString());
            }
        }
        // The twelve lie in one sub-region and one form: shown; the others hidden with their complements.
        assertThat(new String(director.download("/monitoring/regietafel.csv?jaar=" + year), StandardCharsets.UTF_8))
                .contains("Arbeidsuitbuiting,<10,<10,13,13");
        assertThat(audited()).isEqualTo(audited + 5);
        assertThat(WebSession.demoUser(port, "af.utrecht").get("/monitoring/regietafel.csv?jaar=" + year).statusCode()).isEqualTo(403);
        assertThat(director.get("/monitoring/regietafel.pdf?jaar=" + year).statusCode()).isEqualTo(404);
    }

    private static void assertNothingRevealed(String content) {
        assertThat(UUID_PATTERN.matcher(content).find()).isFalse();
        assertThat(content).doesNotContainPattern("S-\\d{4}-\\d{5}").doesNotContain("/signalen/");
    }

    private void register(SchakelUser officer, UUID region, UUID municipality, int n, UUID partner) {
        for (int i = 0; i < n; i++) {
            SignalId id = signal(region, municipality);
            classifications.classify(officer, id, ClassificationLevel.POSSIBLE_TRAFFICKING, "Signalen van uitbuiting");
            if (partner != null) {
                send(officer, id, partner);
            }
        }
    }

    private void send(SchakelUser officer, SignalId id, UUID partner) {
        referrals.send(officer, id, new ReferralRequest(partner, LegalBasis.MELDCODE, null,
                Set.of(SharedPart.DESCRIPTION), LocalDate.now(clock).plusDays(14), null, null));
    }

    private SignalId signal(UUID region, UUID municipality) {
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        return records.record(new NewSignal(new NewSignal.Origin(region, municipality, utrecht, Channel.ONLINE_FORM,
                1, null, null), ReporterType.SOCIAL_TEAM, "Een registratie " + UUID.randomUUID(), null, null, Set.of(),
                null, Set.of("LABOUR"), Set.of(), new NewSignal.Flags(false, false, false, false, false, false, true),
                List.of(new PersonEntry("Telpersoon", PersonEntry.Sex.FEMALE, 25, null, null, null,
                        PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            cells.add(switch (cell.getCellType()) {
                case NUMERIC -> Long.toString(Math.round(cell.getNumericCellValue()));
                default -> cell.getStringCellValue();
            });
        }
        return cells;
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_record where action = 'FIGURES_DOWNLOADED'").query(Long.class)
                .single();
    }


}
