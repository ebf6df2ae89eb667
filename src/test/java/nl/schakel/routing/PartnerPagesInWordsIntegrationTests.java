package nl.schakel.routing;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.directory.Phase;
import nl.schakel.directory.ReachedBy;
import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.EnrichmentSource;
import nl.schakel.intake.Message;
import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.organisations.Department;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Vulnerability;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 item 3: a partner sees codes only in words. Logs in as every partner role, opens every partner page
 * (the list and the referral; the secure-link page for a partner without an account) of a referral that shares
 * every part, and fails on the name of any constant a partner page could show. The API's JSON is exempt.
 */
@SchakelIntegrationTest
class PartnerPagesInWordsIntegrationTests {

    /** Partner role → demo user and their organisation. */
    private static final Map<String, String> PARTNERS = Map.of(
            "zorgcoordinator", "Moviera",
            "veiligthuis", "Veilig Thuis Utrecht",
            "politie", "Politie Midden-Nederland – TMM",
            "nla.opsporing", "Nederlandse Arbeidsinspectie – opsporing",
            "zorgaanbieder", "Pretty Human");

    /** Legal bases whose names are the Dutch abbreviations of the laws, shown as such in their words. */
    private static final Set<String> ABBREVIATIONS = Set.of(LegalBasis.WGS.name(), LegalBasis.WPG.name());

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    Organisations organisations;

    @Autowired
    IndicatorCatalogues catalogues;

    private Pattern codes;

    @BeforeEach
    void enumNames() {
        Set<String> names = new TreeSet<>();
        Stream.of(ReferralStatus.values(), SharedPart.values(), Vulnerability.values(), LegalBasis.values(),
                        PersonEntry.Sex.values(), PersonEntry.PersonRole.values(), OrganisationType.values(),
                        Department.values(), ReachedBy.values(), Phase.values(), ReporterType.values(),
                        SignalStatus.values(), PartnerReferrals.Answer.values(), ClassificationLevel.values(),
                        EnrichmentSource.values(), Message.Direction.values())
                .flatMap(Stream::of).map(Enum::name).forEach(names::add);
        catalogues.current().exploitationForms().stream().map(CatalogueItem::code).forEach(names::add);
        catalogues.current().groups().forEach(g -> g.indicators().forEach(i -> names.add(i.code())));
        names.removeAll(ABBREVIATIONS);
        codes = Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
    }

    @Test
    void everyPartnerPageShowsCodesInWordsAndTheMunicipalitysContact() {
        UUID signal = signal("Partnerpagina in woorden " + UUID.randomUUID(), false);
        WebSession officer = RoutingFixtures.login(port, "af.utrecht");
        weighEnrichAndAsk(officer, signal);
        String account = "Opvang met link " + UUID.randomUUID().toString().substring(0, 6);
        RegionId region = organisations.region("midden-nederland").orElseThrow().id();
        UUID linkPartner = organisations.create(region, new OrganisationForm(account, OrganisationType.CARE_PROVIDER,
                null)).id().value();

        List<Map.Entry<String, String>> form = new ArrayList<>();
        LocalDate due = LocalDate.ofInstant(MutableClock.applicationNow(port), ZoneId.of("Europe/Amsterdam")).plusDays(14);
        int index = 0;
        Map<String, String> bases = new LinkedHashMap<>(Map.of("Moviera", "WMO_2015", "Veilig Thuis Utrecht",
                "WMO_2015", "Politie Midden-Nederland – TMM", "MELDCODE", "Nederlandse Arbeidsinspectie – opsporing",
                "WGS", "Pretty Human", "CONSENT"));
        for (Map.Entry<String, String> partner : bases.entrySet()) {
            addRow(form, index++, RoutingFixtures.organisation(jdbc, partner.getKey()), partner.getValue(), due, null);
        }
        addRow(form, index, linkPartner, "CONSENT", due, "opvang@voorbeeld.example");
        assertThat(officer.get("/signalen/" + signal + "/doorzetten").body()).contains("data-testid=\"directory-brief\"");
        HttpResponse<String> posted = officer.post("/signalen/" + signal + "/doorzetten", form);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String link = RoutingFixtures.secureLink(officer.follow(posted).body());

        List<String> offences = new ArrayList<>();
        for (Map.Entry<String, String> partner : PARTNERS.entrySet()) {
            WebSession session = RoutingFixtures.login(port, partner.getKey());
            UUID referral = RoutingFixtures.referral(jdbc, signal, partner.getValue());
            scan(offences, partner.getKey() + " list", session.get("/doorverwijzingen"));
            HttpResponse<String> detail = session.get("/doorverwijzingen/" + referral);
            scan(offences, partner.getKey() + " referral", detail);
            assertThat(detail.body()).contains("Seksuele uitbuiting", "Arbeidsuitbuiting", "Minderjarig",
                    "Contact voor deze doorverwijzing", "Ayla Functionaris", "data-testid=\"directory-card\"");
        }
        WebSession coordinator = RoutingFixtures.login(port, "zorgcoordinator");
        String detail = "/doorverwijzingen/" + RoutingFixtures.referral(jdbc, signal, "Moviera");
        coordinator.get(detail);
        coordinator.post(detail + "/accepteren");
        coordinator.get(detail);
        assertThat(coordinator.post(detail + "/terugkoppeling", Map.of("feedback", "In zorg genomen")).statusCode())
                .isEqualTo(303);
        HttpResponse<String> afterFeedback = coordinator.get(detail);
        scan(offences, "referral after feedback", afterFeedback);
        scan(offences, "completing", coordinator.get(detail + "/afronden"));
        HttpResponse<String> linkPage = new WebSession(port).get(URI.create(link).getPath());
        scan(offences, "secure link", linkPage);
        assertThat(linkPage.body()).contains("Seksuele uitbuiting", "Ayla Functionaris");

        assertThat(offences).as("codes shown to partners instead of words").isEmpty();
        assertThat(afterFeedback.body()).contains("Handelsregister (KvK)", "Mogelijk mensenhandel",
                "De gemeente aan de melder", "data-testid=\"feedback-entries\"");
    }

    @Test
    void acuteRoutingShowsWhatGoesBeforeItGoesAndThePoliceListMarksItAcute() {
        UUID signal = signal("Acuut naar de politie na controle " + UUID.randomUUID(), true);
        WebSession officer = RoutingFixtures.login(port, "af.utrecht");
        assertThat(officer.get("/signalen").body()).as("the workbench's button opens the check first")
                .contains("href=\"/signalen/" + signal + "/politie\"");
        HttpResponse<String> preview = officer.get("/signalen/" + signal + "/politie");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Er is nog niets verstuurd", "Politie Midden-Nederland – TMM",
                "data-testid=\"acute-preview\"", "Nu doorzetten naar de politie");
        assertThat(jdbc.sql("select count(*) from referral where signal_id = ?").param(signal).query(Integer.class)
                .single()).as("nothing sent by looking").isZero();

        assertThat(officer.post("/signalen/" + signal + "/politie").statusCode()).isEqualTo(303);
        UUID referral = RoutingFixtures.referral(jdbc, signal, "Politie Midden-Nederland – TMM");
        String list = RoutingFixtures.login(port, "politie").get("/doorverwijzingen").body();
        Matcher row = Pattern.compile("(?s)<tr[^>]*>\\s*<td><a href=\"/doorverwijzingen/" + referral + "\".*?</tr>")
                .matcher(list);
        assertThat(row.find()).as("the police list shows the referral").isTrue();
        assertThat(row.group()).contains("is-acute", "Acuut");
    }

    /** The officer weighs, enriches and asks the reporter something, so every captured part has an entry. */
    private static void weighEnrichAndAsk(WebSession officer, UUID signal) {
        String page = "/signalen/" + signal;
        officer.get(page);
        officer.post(page + "/oppakken");
        officer.get(page);
        assertThat(officer.post(page + "/verrijking", Map.of("source", "CHAMBER_OF_COMMERCE", "checked",
                "Inschrijving werkgever", "found", "true", "finding", "Geen personeel")).statusCode()).isEqualTo(303);
        officer.get(page);
        assertThat(officer.post(page + "/classificatie", Map.of("level", "POSSIBLE_TRAFFICKING", "reason",
                "Minderjarige, schulden")).statusCode()).isEqualTo(303);
        officer.get(page);
        assertThat(officer.post(page + "/bericht", Map.of("body", "Weet u waar zij nu slaapt?")).statusCode())
                .isEqualTo(303);
    }

    private void scan(List<String> offences, String page, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        String text = HtmlUtils.htmlUnescape(response.body()
                .replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " "));
        Matcher matcher = codes.matcher(text);
        while (matcher.find()) {
            offences.add(page + ": " + matcher.group(1));
        }
    }

    private UUID signal(String description, boolean acute) {
        SignalForm form = new SignalForm(description, "gisteren", RoutingFixtures.organisation(jdbc, "Gemeente Utrecht"),
                "Industrieweg 4, Utrecht", List.of(new PersonEntry("Partner Woorden", PersonEntry.Sex.FEMALE, 16, null,
                        "Nederlands", null, PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(new AddressEntry("Voorbeeldstraat", "12", "3511 AB", "Utrecht")), null, null, null, null,
                Set.of("VNG_1_EMPLOYER_ARRANGES_LIVING", "VNG_1_FALSE_PAPERS"), null, Set.of("SEXUAL", "LABOUR"),
                Set.of(Vulnerability.MINOR, Vulnerability.UNDOCUMENTED, Vulnerability.DEBTS), false, true, true,
                acute, false, ReporterType.RESIDENT, true, null, null, null, null, false, null, null, null);
        return intake.receivePublic(form, List.of()).signalId().value();
    }

    private static void addRow(List<Map.Entry<String, String>> form, int index, UUID partner, String legalBasis,
            LocalDate due, @Nullable String email) {
        String p = "partners[" + index + "].";
        form.add(Map.entry(p + "organisationId", partner.toString()));
        form.add(Map.entry(p + "selected", "true"));
        form.add(Map.entry(p + "legalBasis", legalBasis));
        for (SharedPart part : SharedPart.values()) {
            form.add(Map.entry(p + "parts", part.name()));
        }
        form.add(Map.entry(p + "feedbackDue", due.toString()));
        form.add(Map.entry(p + "note", "Graag terugkoppeling"));
        if (email != null) {
            form.add(Map.entry(p + "contactEmail", email));
        }
    }
}
