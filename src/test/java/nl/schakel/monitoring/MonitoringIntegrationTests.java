package nl.schakel.monitoring;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.SignalHandling;
import nl.schakel.monitoring.internal.FigureQueries;
import nl.schakel.monitoring.internal.FigureQueries.PartnerTimes;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.PartnerReferrals;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalDesk;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The figures of issue 14, fed through the real facades and events: signals recorded as a channel records them,
 * opened, routed, answered and told to the reporter as people do. Each test counts in a municipality of its own.
 */
@SchakelIntegrationTest
public class MonitoringIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalRecords records;

    @Autowired
    SignalDesk desk;

    @Autowired
    Signals signals;

    @Autowired
    Referrals referrals;

    @Autowired
    PartnerReferrals partnerReferrals;

    @Autowired
    SignalHandling handling;

    @Autowired
    Organisations organisations;

    @Autowired
    FigureQueries queries;

    @Autowired
    MutableClock clock;

    private UUID region;
    private UUID utrecht;
    private UUID municipality;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class).single();
        municipality = organisations.create(new RegionId(region), new OrganisationForm(
                "Gemeente Telstad " + UUID.randomUUID().toString().substring(0, 8), OrganisationType.MUNICIPALITY,
                null)).id().value();
    }

    @AfterEach
    void reset() {
        clock.reset();
        ModuleFixtures.stopActing();
    }

    @Test
    void sevenVeiligThuisSignalsGiveFourOneTwoAndTheReportHoldsTheSameNumbersInPageXlsxAndPdf() throws Exception {
        List<Set<String>> forms = List.of(Set.of("CRIMINAL"), Set.of("CRIMINAL"), Set.of("CRIMINAL"),
                Set.of("CRIMINAL"), Set.of("SEXUAL"), Set.of(), Set.of());
        forms.forEach(f -> signal(f, Channel.VEILIG_THUIS));
        awaitFacts(7);
        int year = LocalDate.now(clock).getYear();
        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        String query = "?jaar=" + year + "&gemeente=" + municipality;

        HttpResponse<String> page = director.get("/monitoring/raadsrapportage" + query);

        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, List<String>> t2 = table(page.body(), "t2");
        assertThat(t2.get("Criminele uitbuiting").get(0)).isEqualTo("4");
        assertThat(t2.get("Seksuele uitbuiting").get(0)).isEqualTo("1");
        assertThat(t2.get("Niet ingevuld").get(0)).isEqualTo("2");
        assertThat(t2.get("Totaal (per vorm)").get(0)).isEqualTo("7");
        assertThat(t2.get("Unieke signalen").get(0)).isEqualTo("7");
        assertThat(t2).containsKey("Gedwongen huwelijk (vanaf 1 juli 2026)");
        assertThat(table(page.body(), "t1").get("Signalen ontvangen").get(0)).isEqualTo("7");
        assertThat(table(page.body(), "t4").get("Casussen geopend").get(0)).isEqualTo("0");

        long audited = audited("COUNCIL_REPORT_DOWNLOADED");
        byte[] xlsx = director.download("/monitoring/raadsrapportage.xlsx" + query);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (String sheet : List.of("t1", "t2", "t3", "t4", "t5", "t6")) {
                Map<String, List<String>> shown = table(page.body(), sheet);
                Sheet rows = workbook.getSheet(sheet);
                for (Map.Entry<String, List<String>> row : shown.entrySet()) {
                    assertThat(cellsOf(rows, row.getKey())).as(sheet + " " + row.getKey()).isEqualTo(row.getValue());
                }
            }
        }
        byte[] pdf = director.download("/monitoring/raadsrapportage.pdf" + query);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("T1 Signalen", "T2 Per vorm van uitbuiting", "T3 Kanaal en soort melder",
                    "T4 Casussen en interventies", "T5 Slachtoffers", "T6 Cijfers van partners",
                    "Criminele uitbuiting 4", "Niet ingevuld 2",
                    "Staafdiagram: T2 Per vorm van uitbuiting");
            List<Double> bars = bars(document);
            List<Double> expected = List.of(1 / 7d, 2 / 7d, 4 / 7d, 1d, 1d);
            assertThat(bars).as("T2's chart drawn as bars of 1, 2, 4, 7 (total) and 7 (unique) of 7")
                    .hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(bars.get(i)).as("bar " + i).isCloseTo(expected.get(i), org.assertj.core.data.Offset.offset(0.02));
            }
        }
        assertThat(audited("COUNCIL_REPORT_DOWNLOADED")).isEqualTo(audited + 2);

        Map<String, List<String>> publicT2 = table(director.get("/monitoring/raadsrapportage" + query
                + "&openbaar=true").body(), "t2");
        assertThat(publicT2.get("Seksuele uitbuiting").get(0)).isEqualTo("<5");
        assertThat(publicT2.get("Criminele uitbuiting").get(0)).isEqualTo("<5");
        assertThat(publicT2.get("Totaal (per vorm)").get(0)).isEqualTo("7");
    }

    @Test
    void tenReceivedEightRoutedSixWithFeedbackFiveInformedShowEightySeventyFiveEightyThree() {
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        UUID moviera = ModuleFixtures.organisation(jdbc, "Moviera");
        List<SignalId> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SignalId id = signal(Set.of("SEXUAL"), Channel.ONLINE_FORM);
            desk.takeUp(officer, id); // triage starts when an officer takes the signal up (decision 0026)
            ids.add(id);
        }
        List<ReferralId> sent = new java.util.ArrayList<>();
        for (SignalId id : ids.subList(0, 8)) {
            sent.add(referrals.send(officer, id, new ReferralRequest(moviera, LegalBasis.WMO_2015, null,
                    Set.of(SharedPart.DESCRIPTION), LocalDate.now(clock).plusDays(14), null, null)));
        }
        SchakelUser coordinator = ModuleFixtures.actAs(jdbc, "zorgcoordinator");
        PartnerReferrals.Partner partner = PartnerReferrals.Partner.of(coordinator).orElseThrow();
        for (ReferralId referral : sent.subList(0, 6)) {
            partnerReferrals.answer(partner, referral, PartnerReferrals.Answer.ACCEPT, null);
            partnerReferrals.answer(partner, referral, PartnerReferrals.Answer.FEEDBACK, "Opgepakt");
        }
        for (SignalId id : ids.subList(0, 6)) {
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    signals.status(id).orElseThrow() == SignalStatus.FEEDBACK_RECEIVED);
        }
        ModuleFixtures.actAs(jdbc, "af.utrecht");
        for (SignalId id : ids.subList(0, 5)) {
            handling.informReporter(officer, id, FeedbackTemplate.HANDED_OVER, "Uw signaal is doorgezet.");
        }
        Scope scope = Scope.municipality(region, municipality);
        Period today = new Period(LocalDate.now(clock.withZone(AMSTERDAM)).minusDays(1),
                LocalDate.now(clock).plusDays(1));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(queries.funnel(scope, today))
                .isEqualTo(new FigureQueries.Funnel(10, 10, 0, 8, 6, 5)));

        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        Map<String, List<String>> funnel = table(director.get("/monitoring?gemeente=" + municipality + "&van="
                + today.from() + "&tot=" + today.until()).body(), "trechter");
        assertThat(funnel.get("Doorgezet")).containsExactly("8", "80%");
        assertThat(funnel.get("Terugkoppeling ontvangen")).containsExactly("6", "75%");
        assertThat(funnel.get("Melder geïnformeerd")).containsExactly("5", "83%");
        assertThat(funnel.get("In een casus")).containsExactly("0", "0%");
    }

    @Test
    void aPoliceReferralSentFirstOfMarchDueInSevenDaysWithFeedbackOnTheFifteenthTakesFourteenDaysAndIsOverdue() {
        int year = LocalDate.now(clock).getYear() - 1;
        moveTo(LocalDateTime.of(year, 3, 1, 10, 0));
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        SignalId signal = signal(Set.of("LABOUR"), Channel.INTERNAL);
        desk.open(officer, signal);
        UUID police = ModuleFixtures.organisation(jdbc, "Politie Midden-Nederland – TMM");
        ReferralId referral = referrals.send(officer, signal, new ReferralRequest(police, LegalBasis.MELDCODE, null,
                Set.of(SharedPart.DESCRIPTION), LocalDate.of(year, 3, 8), null, null));
        moveTo(LocalDateTime.of(year, 3, 15, 10, 0));
        PartnerReferrals.Partner partner = PartnerReferrals.Partner.of(ModuleFixtures.actAs(jdbc, "politie"))
                .orElseThrow();
        partnerReferrals.answer(partner, referral, PartnerReferrals.Answer.ACCEPT, null);
        partnerReferrals.answer(partner, referral, PartnerReferrals.Answer.FEEDBACK, "Onderzocht");
        Scope scope = Scope.municipality(region, municipality);
        Period march = new Period(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<PartnerTimes> times = queries.partnerTimes(scope, march);
            assertThat(times).hasSize(1);
            assertThat(times.get(0).partnerType()).isEqualTo("POLICE");
            assertThat(times.get(0).feedback().median()).isCloseTo(14.0, within(0.01));
            assertThat(times.get(0).overdue()).isEqualTo(1);
            assertThat(times.get(0).onTime()).isZero();
        });
    }

    @Test
    void theRegietafelShowsNoIdentifierNoReferenceAndNoCellUnderTen() {
        signal(Set.of("SEXUAL"), Channel.ONLINE_FORM);
        signal(Set.of("SEXUAL"), Channel.ONLINE_FORM);
        awaitFacts(2);
        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        int year = LocalDate.now(clock).getYear();

        for (String path : List.of("/monitoring/regietafel", "/monitoring/regietafel?jaar=" + year + "&kwartaal="
                + (LocalDate.now(clock).getMonthValue() + 2) / 3)) {
            HttpResponse<String> page = director.get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            String body = page.body();
            // The layout's own forms (logout) carry tokens; the view itself must carry nothing that points anywhere.
            String view = body.substring(body.indexOf("<main"), body.indexOf("</main>"));
            assertThat(UUID_PATTERN.matcher(view).find()).as(path).isFalse();
            assertThat(view).doesNotContainPattern("S-\\d{4}-\\d{5}").doesNotContain("/signalen/");
            Matcher cell = Pattern.compile("<td>([^<]*)</td>").matcher(view);
            int cells = 0;
            while (cell.find()) {
                cells++;
                String shown = cell.group(1);
                assertThat(shown.equals("&lt;10") || Long.parseLong(shown) >= 10).as(path + ": " + shown).isTrue();
            }
            assertThat(cells).isEqualTo(10 * 4);
        }
    }

    @Test
    void theChainDirectorSeesTheFiguresButNoSignal() {
        SignalId signal = signal(Set.of("SEXUAL"), Channel.ONLINE_FORM);
        WebSession director = WebSession.demoUser(port, "ketenregisseur");

        assertThat(director.get("/monitoring").statusCode()).isEqualTo(200);
        assertThat(director.get("/monitoring/slachtoffers").statusCode()).isEqualTo(200);
        assertThat(director.get("/signalen/" + signal.value()).statusCode()).isEqualTo(403);
        assertThat(director.get("/signalen").statusCode()).isEqualTo(403);
        assertThat(director.get("/signalen/" + signal.value() + "/stapeling").statusCode()).isEqualTo(403);
        assertThat(director.get("/doorverwijzingen").statusCode()).isEqualTo(403);
        assertThat(director.getJson("/api/v1/referrals").statusCode()).isIn(401, 403);
        assertThat(director.getJson("/api/v1/signals").statusCode()).isIn(401, 403, 405);
        assertThat(WebSession.demoUser(port, "af.utrecht").get("/monitoring/regietafel").statusCode()).isEqualTo(403);
    }

    @Test
    void everyDashboardTableDownloadsAsCsvAndXlsxAndEachDownloadIsAudited() throws Exception {
        WebSession officer = WebSession.demoUser(port, "af.utrecht");
        long audited = audited("FIGURES_DOWNLOADED");

        HttpResponse<String> csv = officer.get("/monitoring/download/vormen.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("Signalen per vorm van uitbuiting,Aantal\r\n").contains("Niet ingevuld,");
        byte[] xlsx = officer.download("/monitoring/download/trechter.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("trechter")).isNotNull();
        }
        assertThat(officer.get("/monitoring/download/bestaat-niet.csv").statusCode()).isEqualTo(404);
        assertThat(audited("FIGURES_DOWNLOADED")).isEqualTo(audited + 2);
    }

    @Test
    void aPartnersFigureIsEnteredWithSourceDateAndDefinitionAndRefusedWithoutThem() {
        WebSession officer = WebSession.demoUser(port, "af.houten");
        int year = LocalDate.now(clock).getYear() - 1;
        assertThat(officer.get("/monitoring/raadsrapportage?jaar=" + year).statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", Integer.toString(year));
        form.put("label", "Controles thuisprostitutie " + UUID.randomUUID().toString().substring(0, 6));

        HttpResponse<String> refused = officer.post("/monitoring/raadsrapportage/partnercijfers", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Vul de bron in.", form.get("label"));

        officer.get("/monitoring/raadsrapportage?jaar=" + year);
        form.put("amount", "20");
        form.put("source", "Gemeente Houten, toezicht");
        form.put("sourceDate", LocalDate.now(clock).minusDays(3).toString());
        form.put("definition", "Controles na een zorgsignaal.");
        HttpResponse<String> saved = officer.post("/monitoring/raadsrapportage/partnercijfers", form);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(table(officer.get("/monitoring/raadsrapportage?jaar=" + year).body(), "t6").get(form.get("label")))
                .containsExactly("20", "Gemeente Houten, toezicht", LocalDate.now(clock).minusDays(3).toString(),
                        "Controles na een zorgsignaal.");
    }

    private SignalId signal(Set<String> forms, Channel channel) {
        return records.record(new NewSignal(new NewSignal.Origin(region, municipality, utrecht, channel, 1, null, null),
                ReporterType.SOCIAL_TEAM, "Een signaal voor de telling " + UUID.randomUUID(), null, null, Set.of(),
                null, forms, Set.of(), new NewSignal.Flags(false, false, false, false, false, false, true),
                List.of(new PersonEntry("Telpersoon", PersonEntry.Sex.FEMALE, 16, null, null, null,
                        PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private void awaitFacts(int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from monitoring_signal_fact where municipality_id = ?").param(municipality)
                .query(Integer.class).single() == n);
    }

    private void moveTo(LocalDateTime at) {
        clock.advance(Duration.between(clock.instant(), at.atZone(AMSTERDAM).toInstant()));
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_record where action = ?").param(action).query(Long.class).single();
    }



    /**
     * The bars the PDF draws on the page that holds T2's chart, each as a share of the longest, smallest first:
     * what was drawn, not the caption.
     */
    private static List<Double> bars(PDDocument document) throws java.io.IOException {
        PDFTextStripper text = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            text.setStartPage(page);
            text.setEndPage(page);
            if (text.getText(document).contains("Staafdiagram: T2")) {
                List<Double> widths = PdfBars.on(document.getPage(page - 1));
                double longest = widths.stream().mapToDouble(Double::doubleValue).max().orElse(1);
                return widths.stream().map(w -> w / longest).sorted().toList();
            }
        }
        return List.of();
    }

    /** The rows of one figure table on a page: label → the texts of its cells. */
    public static Map<String, List<String>> table(String html, String id) {
        int start = html.indexOf("data-table=\"" + id + "\"");
        assertThat(start).as("table " + id).isPositive();
        String section = html.substring(start, html.indexOf("</section>", start));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<th scope=\"row\">([^<]*)</th>((?:\\s*<td>[^<]*</td>)+)").matcher(section);
        while (row.find()) {
            Matcher cell = Pattern.compile("<td>([^<]*)</td>").matcher(row.group(2));
            List<String> cells = new java.util.ArrayList<>();
            while (cell.find()) {
                cells.add(unescape(cell.group(1)));
            }
            rows.put(unescape(row.group(1)), cells);
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static List<String> cellsOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 1; c < row.getLastCellNum(); c++) {
                    var cell = row.getCell(c);
                    cells.add(switch (cell.getCellType()) {
                        case NUMERIC -> Long.toString(Math.round(cell.getNumericCellValue()));
                        default -> cell.getStringCellValue();
                    });
                }
                return cells;
            }
        }
        return List.of();
    }
}
