package nl.schakel.monitoring;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryWork;
import nl.schakel.cases.CaseCommands.NewCase;
import nl.schakel.cases.CaseCommands.NewIntervention;
import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseOpening;
import nl.schakel.cases.CasePlan;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CapacityUpdate;
import nl.schakel.shelter.CareOffer;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.Placements;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceDescription;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalDesk;
import nl.schakel.signal.SignalRecords;
import nl.schakel.signal.SignalStatus;
import nl.schakel.signal.Signals;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.SharedPart;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * T4, T5 and the funnel's last three steps come from the modules that own cases, trajectories and placements
 * (decision 0033): made here through their facades, in a year no other test uses, and read from the council
 * report and the dashboard of Gemeente Utrecht.
 */
@SchakelIntegrationTest
class ReportContributionsIntegrationTests {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    SignalRecords records;
    @Autowired
    CaseOpening opening;
    @Autowired
    CasePlan plan;
    @Autowired
    TrajectoryWork work;
    @Autowired
    CareOffer offer;
    @Autowired
    CapacityBoard board;
    @Autowired
    Placements placements;
    @Autowired
    PartnerFigures partnerFigures;
    @Autowired
    SignalDesk desk;
    @Autowired
    Signals signals;
    @Autowired
    Referrals referrals;

    @AfterEach
    void reset() {
        clock.reset();
        ModuleFixtures.stopActing();
    }

    @Test
    void casesInterventionsTrajectoriesB8AndPlacementsAreCountedInT4T5AndTheFunnel() {
        int year = LocalDate.now(clock).getYear() - 6;
        clock.advance(Duration.between(clock.instant(), LocalDateTime.of(year, 3, 10, 10, 0).atZone(AMSTERDAM)
                .toInstant()));
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        SignalId first = signal(region, utrecht);
        SignalId second = signal(region, utrecht);
        SignalId third = signal(region, utrecht);
        CaseId restaurant = opening.open(officer, new NewCase("Restaurant", Focus.PREMISES, null, null,
                EscalationLevel.LOCAL, "Convenant RIEC, art. 3", List.of(first.value(), second.value())));
        opening.open(officer, new NewCase("Netwerk", Focus.NETWORK, null, null, EscalationLevel.LOCAL,
                "Convenant RIEC, art. 3", List.of(third.value())));
        plan.addIntervention(officer, restaurant, new NewIntervention("INTEGRATED_INSPECTION", utrecht,
                "Burgemeester", null, null, null));
        plan.addIntervention(officer, restaurant, new NewIntervention("PREMISES_CLOSURE", utrecht, "Burgemeester",
                null, null, null));

        SchakelUser coordinator = ModuleFixtures.actAs(jdbc, "zorgcoordinator");
        TrajectoryId minor = work.start(coordinator, new NewTrajectory("S.", null, null, utrecht,
                MunicipalityReason.FOUND_HERE, 15, ResidenceStatus.UNDOCUMENTED, true, Set.of("SEXUAL"),
                EnumSet.of(Need.SHELTER)));
        TrajectoryId adult = work.start(coordinator, new NewTrajectory("K.", null, restaurant.value(), utrecht,
                MunicipalityReason.FOUND_HERE, 34, ResidenceStatus.UNDOCUMENTED, false, Set.of("LABOUR"),
                EnumSet.of(Need.SHELTER)));
        work.startB8(coordinator, adult, LocalDate.of(year, 3, 10), null);
        UUID belle = ModuleFixtures.organisation(jdbc, "Belle");
        UUID shelter = service(region, belle, IntakeRoute.CARE_COORDINATOR);
        UUID nidos = service(region, belle, IntakeRoute.NIDOS);
        UUID placed = placements.request(coordinator, new Placements.Request(shelter, adult.value(), null, null));
        placements.request(coordinator, new Placements.Request(nidos, minor.value(), null, null));
        placements.accept(ModuleFixtures.actAs(jdbc, "zorgaanbieder.belle"), placed);
        placements.place(ModuleFixtures.actAs(jdbc, "zorgcoordinator"), placed);
        ModuleFixtures.stopActing();

        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        String report = director.get("/monitoring/raadsrapportage?jaar=" + year + "&gemeente=" + utrecht).body();
        Map<String, List<String>> t4 = MonitoringIntegrationTests.table(report, "t4");
        assertThat(t4.get("Casussen geopend")).containsExactly("2", "0", "–");
        assertThat(t4.get("Integrale controle").get(0)).isEqualTo("1");
        assertThat(t4.get("Sluiting van een pand").get(0)).isEqualTo("1");
        assertThat(t4.get("Bestuurlijke waarschuwing").get(0)).isEqualTo("0");
        assertThat(t4.get("Waarvan controles (integrale controle)").get(0)).isEqualTo("1");
        Map<String, List<String>> t5 = MonitoringIntegrationTests.table(report, "t5");
        assertThat(t5.get("Zorgtrajecten gestart").get(0)).isEqualTo("2");
        assertThat(t5.get("Waarvan minderjarig").get(0)).isEqualTo("1");
        assertThat(t5.get("Waarvan alleenstaand minderjarig").get(0)).isEqualTo("1");
        assertThat(t5.get("B8-bedenktijden gestart").get(0)).isEqualTo("1");
        assertThat(t5.get("Plaatsingen in opvang").get(0)).isEqualTo("1");
        assertThat(t5.get("Plaatsingen in crisisopvang").get(0)).isEqualTo("0");
        assertThat(t5.get("Aanmeldingen bij Nidos").get(0)).isEqualTo("1");
        assertThat(report).doesNotContain(restaurant.value().toString(), adult.value().toString());

        // The public version hides person counts under five; cases and interventions are government actions.
        String published = director.get("/monitoring/raadsrapportage?jaar=" + year + "&gemeente=" + utrecht
                + "&openbaar=true").body();
        assertThat(MonitoringIntegrationTests.table(published, "t5").get("Zorgtrajecten gestart").get(0))
                .isEqualTo("<5");
        assertThat(MonitoringIntegrationTests.table(published, "t4").get("Casussen geopend").get(0)).isEqualTo("2");

        String period = "&van=" + year + "-01-01&tot=" + year + "-12-31";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> dashboard = director.get("/monitoring?gemeente=" + utrecht + period);
            Map<String, List<String>> funnel = MonitoringIntegrationTests.table(dashboard.body(), "trechter");
            assertThat(funnel.get("Ontvangen")).containsExactly("3", "–");
            assertThat(funnel.get("In een casus")).containsExactly("3", "100%");
            assertThat(funnel.get("Interventie")).containsExactly("2", "67%");
            assertThat(funnel.get("In een zorgtraject")).containsExactly("2", "67%");
        });
        // Another municipality of the region counts none of them.
        UUID houten = ModuleFixtures.organisation(jdbc, "Gemeente Houten");
        Map<String, List<String>> other = MonitoringIntegrationTests.table(director.get(
                "/monitoring/raadsrapportage?jaar=" + year + "&gemeente=" + houten).body(), "t4");
        assertThat(other.get("Casussen geopend").get(0)).isEqualTo("0");
    }

    /**
     * Issue 14's acceptance: the chain director gets 403 on every individual signal, case and trajectory URL, and
     * on the API, while the dashboard works for them. The same URLs open for the people the records belong to, so
     * they are real.
     */
    @Test
    void theChainDirectorIsRefusedEverySignalCaseAndTrajectoryPageAndTheApiButReadsTheFigures() {
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        SignalId signal = signal(region, utrecht);
        CaseId kase = opening.open(officer, new NewCase("Nagelstudio", Focus.PREMISES, null, null,
                EscalationLevel.LOCAL, "Convenant RIEC, art. 3", List.of(signal.value())));
        TrajectoryId trajectory = work.start(ModuleFixtures.actAs(jdbc, "zorgcoordinator"), new NewTrajectory("M.",
                null, kase.value(), utrecht, MunicipalityReason.FOUND_HERE, 30, ResidenceStatus.UNKNOWN, false,
                Set.of("LABOUR"), EnumSet.of(Need.SHELTER)));
        ModuleFixtures.stopActing();
        List<String> pages = List.of("/signalen", "/signalen/" + signal.value(), "/signalen/" + signal.value()
                + "/stapeling", "/casussen", "/casussen/" + kase.value(), "/casussen/" + kase.value() + "/signalen", "/casussen/" + kase.value() + "/logboek",
                "/trajecten", "/trajecten/" + trajectory.value(), "/doorverwijzingen");
        List<String> api = List.of("/api/v1/signals", "/api/v1/referrals", "/api/v1/cases",
                "/api/v1/cases/" + kase.value(), "/api/v1/trajectories", "/api/v1/trajectories/" + trajectory.value());

        assertThat(WebSession.demoUser(port, "af.utrecht").get("/casussen/" + kase.value()).statusCode()).isEqualTo(200);
        assertThat(WebSession.demoUser(port, "zorgcoordinator").get("/trajecten/" + trajectory.value()).statusCode()).isEqualTo(200);
        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        for (String page : pages) {
            assertThat(director.get(page).statusCode()).as(page).isEqualTo(403);
        }
        for (String path : api) {
            assertThat(director.getJson(path).statusCode()).as(path).isIn(401, 403);
        }
        for (String figures : List.of("/monitoring", "/monitoring/raadsrapportage", "/monitoring/regietafel",
                "/monitoring/slachtoffers")) {
            assertThat(director.get(figures).statusCode()).as(figures).isEqualTo(200);
        }
    }

    @Test
    void theComenshaExportHasARowPerTrajectoryWithoutNameOrDateOfBirthAndNewPseudonymsEveryTime() throws Exception {
        // Not the year before the other test's year: that one's N−1 column must stay empty.
        int year = LocalDate.now(clock).getYear() - 12;
        clock.advance(Duration.between(clock.instant(), LocalDateTime.of(year, 5, 5, 10, 0).atZone(AMSTERDAM)
                .toInstant()));
        UUID utrecht = ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT);
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(utrecht).query(UUID.class)
                .single();
        partnerFigures.assign(region, utrecht, SubRegion.UTRECHT);
        SchakelUser officer = ModuleFixtures.actAs(jdbc, "af.utrecht");
        SignalId signal = records.record(new NewSignal(new NewSignal.Origin(region, utrecht, utrecht,
                Channel.ONLINE_FORM, 1, null, null), ReporterType.SCHOOL, "Een leerling wordt uitgebuit", null, null,
                Set.of(), null, Set.of("SEXUAL"), Set.of(), new NewSignal.Flags(false, false, false, false, false,
                        false, true),
                List.of(new PersonEntry("Jansen-Geheim", PersonEntry.Sex.FEMALE, null, LocalDate.of(2009, 2, 3),
                        null, null, PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
        desk.takeUp(officer, signal);
        referrals.send(officer, signal, new ReferralRequest(ModuleFixtures.organisation(jdbc,
                "Politie Midden-Nederland – TMM"), LegalBasis.MELDCODE, null, Set.of(SharedPart.DESCRIPTION),
                LocalDate.now(clock).plusDays(7), null, null));
        // The signal moves to "routed" after the referral's commit; the case takes it in from there.
        await().atMost(Duration.ofSeconds(20)).until(() -> signals.status(signal).orElseThrow() == SignalStatus.ROUTED);
        CaseId leerling = opening.open(officer, new NewCase("Leerling", Focus.PERSON, null, null,
                EscalationLevel.LOCAL, "Convenant RIEC, art. 3", List.of(signal.value())));
        SchakelUser coordinator = ModuleFixtures.actAs(jdbc, "zorgcoordinator");
        TrajectoryId minor = work.start(coordinator, new NewTrajectory("Anna Geheim", null, leerling.value(), utrecht,
                MunicipalityReason.FOUND_HERE, 16, ResidenceStatus.UNDOCUMENTED, true, Set.of("SEXUAL"),
                EnumSet.of(Need.SHELTER)));
        work.startB8(coordinator, minor, LocalDate.of(year, 5, 5), null);
        TrajectoryId adult = work.start(coordinator, new NewTrajectory("Piet Verborgen", null, null, utrecht,
                MunicipalityReason.BRP, 40, ResidenceStatus.DUTCH_OR_EU, false, Set.of("LABOUR"),
                EnumSet.of(Need.INCOME)));
        ModuleFixtures.stopActing();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from monitoring_referral_fact where signal_id = ?").param(signal.value())
                .query(Integer.class).single() == 1);
        WebSession director = WebSession.demoUser(port, "ketenregisseur");
        long exported = jdbc.sql("select count(*) from audit_record where action = 'COMENSHA_EXPORTED'")
                .query(Long.class).single();

        String first = director.get("/monitoring/comensha.csv?jaar=" + year).body();
        String second = director.get("/monitoring/comensha.csv?jaar=" + year).body();

        List<String> lines = first.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("Pseudoniem,Jaar,Soort melder,Politie-eenheid,Deelregio,"
                + "Minderjarig of meerderjarig,Leeftijdsgroep,Geslacht,Nederlands (of EU),Sector,B8");
        assertThat(lines.get(1)).matches("P-[0-9a-f]{16}," + year + ",School,Politie Midden-Nederland – TMM,Utrecht,"
                + "Minderjarig,12 tot en met 17,Vrouw,Nee,Seksuele uitbuiting,Ja");
        assertThat(lines.get(2)).matches("P-[0-9a-f]{16}," + year + ",Onbekend,Geen,Utrecht,Meerderjarig,"
                + "24 en ouder,Onbekend,Ja,Overige arbeid,Nee");
        List<String> pseudonyms = lines.subList(1, 3).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        List<String> again = second.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(again).hasSize(2).doesNotContainAnyElementsOf(pseudonyms);
        assertThat(second.lines().skip(1).map(l -> l.substring(l.indexOf(',')))).containsExactlyElementsOf(
                lines.subList(1, 3).stream().map(l -> l.substring(l.indexOf(','))).toList());
        for (String export : List.of(first, second)) {
            assertThat(export.replaceAll("P-[0-9a-f]{16}", "")).doesNotContain("Jansen", "Geheim", "Verborgen", "2009", "03-02", "02-03",
                    minor.value().toString(), adult.value().toString(), signal.value().toString());
        }
        HttpResponse<String> xlsx = director.get("/monitoring/comensha.xlsx?jaar=" + year);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'COMENSHA_EXPORTED'").query(Long.class)
                .single()).isEqualTo(exported + 3);
        assertThat(WebSession.demoUser(port, "af.utrecht").get("/monitoring/comensha.csv?jaar=" + year).statusCode()).isEqualTo(403);
    }

    private SignalId signal(UUID region, UUID municipality) {
        return records.record(new NewSignal(new NewSignal.Origin(region, municipality, municipality,
                Channel.ONLINE_FORM, 1, null, null), ReporterType.SOCIAL_TEAM, "Een signaal voor de casus "
                + UUID.randomUUID(), null, null, Set.of(), null, Set.of("LABOUR"), Set.of(),
                new NewSignal.Flags(false, false, false, false, false, false, true),
                List.of(new PersonEntry("Telpersoon", PersonEntry.Sex.MALE, 30, null, null, null,
                        PersonEntry.PersonRole.POSSIBLE_VICTIM)),
                List.of(), List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private UUID service(UUID region, UUID provider, IntakeRoute route) {
        UUID service = offer.saveAsRegion(region, provider, new ServiceDescription("Telopvang " + UUID.randomUUID(),
                ServiceKind.SHELTER, EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 0, 99,
                Target.VICTIM, true, true, EnumSet.of(ServiceArea.UTRECHT), Set.of(), Set.of(), Set.of(), route,
                Payer.MUNICIPALITY, 0, null), "Telstraat 1");
        board.reportAsProvider(service, new CapacityUpdate("bedden", 2, 2, 2, 0, 0, CapacityStatus.CAPACITY), null);
        return service;
    }

}
