package nl.schakel.shelter;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.schakel.intake.SignalForm;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PersonEntry.PersonRole;
import nl.schakel.signal.ReporterType;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13, Deliver 1 and 7, end to end through the pages: the lead coordinator starts a placement search from the
 * trajectory, the request carries the trajectory, the placement made shows on the trajectory with its payer (a care
 * provider sees only its own); placing a possible victim where a linked possible perpetrator is placed warns.
 */
@SchakelIntegrationTest
class TrajectoryPlacementIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignalIntake intake;

    @Autowired
    CareOffer offer;

    @Autowired
    CapacityBoard board;

    @Test
    void aPlacementStartedFromATrajectoryShowsThereAndPlacingAVictimNextToALinkedPerpetratorWarns() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID signal = signal("Vrouw en haar pooier in een woning " + UUID.randomUUID(), "Nina Slachtoffer" + suffix,
                "Rik Pooier" + suffix);
        UUID victim = subject(signal, "Nina Slachtoffer" + suffix);
        UUID perpetrator = subject(signal, "Rik Pooier" + suffix);
        UUID shared = serviceWithPlaces("Gedeelde opvang " + suffix);
        UUID elsewhere = serviceWithPlaces("Andere opvang " + suffix);

        WebSession coordinator = WebSession.demoUser(port, "zorgcoordinator");
        String victimTrajectory = trajectory(coordinator, "N.", victim);
        String perpetratorTrajectory = trajectory(coordinator, "R.", perpetrator);

        // From the trajectory page to a search with the trajectory's profile, person and reference filled in.
        assertThat(coordinator.get(perpetratorTrajectory).body()).contains("data-testid=\"search-placement\"",
                "/opvang/zoeken?traject=" + id(perpetratorTrajectory));
        String search = coordinator.get("/opvang/zoeken?traject=" + id(perpetratorTrajectory)).body();
        assertThat(search).contains("data-testid=\"for-trajectory\"", "name=\"trajectoryRef\"",
                "value=\"" + perpetrator + "\" selected=\"selected\"");
        UUID perpetratorPlacement = placed(coordinator, shared, perpetratorTrajectory, perpetrator, "PERPETRATOR");
        assertThat(jdbc.sql("select trajectory_ref from placement_request where id = ?").param(perpetratorPlacement)
                .query(UUID.class).single()).isEqualTo(id(perpetratorTrajectory));

        // The placement made shows on the trajectory with its payer; the provider sees its own, another provider nothing.
        assertThat(coordinator.get(perpetratorTrajectory).body()).containsPattern(
                "<td>Gedeelde opvang " + suffix + "</td>\\s*<td>Gemeente</td>");
        HttpResponse<String> belle = WebSession.demoUser(port, "zorgaanbieder.belle").get(perpetratorTrajectory);
        assertThat(belle.statusCode()).isEqualTo(200);
        assertThat(belle.body()).contains("Gedeelde opvang " + suffix).doesNotContain("R.");
        assertThat(WebSession.demoUser(port, "zorgaanbieder").get(perpetratorTrajectory).statusCode()).isEqualTo(404);

        // The linked possible victim: warned at the shared shelter, not elsewhere.
        UUID warned = request(coordinator, shared, victimTrajectory, victim, "VICTIM");
        assertThat(coordinator.get("/opvang/plaatsingen/" + warned).body()).contains("data-testid=\"co-location\"");
        UUID calm = request(coordinator, elsewhere, victimTrajectory, victim, "VICTIM");
        assertThat(coordinator.get("/opvang/plaatsingen/" + calm).body()).doesNotContain("data-testid=\"co-location\"");
        // The same person as a possible perpetrator next to a perpetrator: no victim to protect, no warning.
        UUID sameRole = request(coordinator, shared, victimTrajectory, victim, "PERPETRATOR");
        assertThat(coordinator.get("/opvang/plaatsingen/" + sameRole).body())
                .doesNotContain("data-testid=\"co-location\"");

        // A trajectory or person the coordinator's organisation does not lead cannot be named.
        coordinator.get("/opvang/zoeken");
        assertThat(coordinator.post("/opvang/plaatsingen", Map.of("serviceId", shared.toString(), "trajectoryRef",
                UUID.randomUUID().toString())).statusCode()).isEqualTo(404);
        assertThat(coordinator.post("/opvang/plaatsingen", Map.of("serviceId", shared.toString(), "subjectId",
                UUID.randomUUID().toString(), "subjectRole", "VICTIM")).statusCode()).isEqualTo(404);
        assertThat(WebSession.demoUser(port, "zorgcoordinator").get("/opvang/zoeken?traject=" + UUID.randomUUID()).statusCode())
                .isEqualTo(404);
    }

    private UUID placed(WebSession coordinator, UUID service, String trajectory, UUID subject, String role) {
        UUID id = request(coordinator, service, trajectory, subject, role);
        WebSession provider = WebSession.demoUser(port, "zorgaanbieder.belle");
        provider.get("/opvang/plaatsingen/" + id);
        assertThat(provider.post("/opvang/plaatsingen/" + id + "/accepteren").statusCode()).isEqualTo(303);
        coordinator.get("/opvang/plaatsingen/" + id);
        assertThat(coordinator.post("/opvang/plaatsingen/" + id + "/plaatsen").statusCode()).isEqualTo(303);
        return id;
    }

    private UUID request(WebSession coordinator, UUID service, String trajectory, UUID subject, String role) {
        coordinator.get("/opvang/zoeken?traject=" + id(trajectory));
        HttpResponse<String> sent = coordinator.post("/opvang/plaatsingen", Map.of("serviceId", service.toString(),
                "trajectoryRef", id(trajectory).toString(), "subjectId", subject.toString(), "subjectRole", role));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String location = WebSession.location(sent);
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private String trajectory(WebSession coordinator, String label, UUID subject) {
        coordinator.get("/trajecten/nieuw");
        HttpResponse<String> created = coordinator.post("/trajecten/nieuw", Map.of("personLabel", label,
                "subjectId", subject.toString(), "age", "24", "municipalityId",
                ModuleFixtures.organisation(jdbc, "Gemeente Utrecht").toString(), "municipalityReason", "BRP",
                "residenceStatus", "DUTCH_OR_EU", "exploitationForms", "SEXUAL"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        return WebSession.location(created).replaceFirst("^https?://[^/]+", "");
    }

    private static UUID id(String trajectory) {
        return UUID.fromString(trajectory.substring(trajectory.lastIndexOf('/') + 1));
    }

    private UUID serviceWithPlaces(String name) {
        UUID provider = ModuleFixtures.organisation(jdbc, "Belle");
        UUID region = jdbc.sql("select region_id from organisation where id = ?").param(provider).query(UUID.class)
                .single();
        UUID service = offer.saveAsRegion(region, provider, new ServiceDescription(name, ServiceKind.SHELTER,
                EnumSet.noneOf(ExploitationForm.class), EnumSet.noneOf(ServedSex.class), 18, 99, Target.VICTIM, false,
                false, EnumSet.of(ServiceArea.UTRECHT), Set.of(), Set.of(), Set.of(), IntakeRoute.CARE_COORDINATOR,
                Payer.MUNICIPALITY, 0, null), null);
        board.reportAsProvider(service, new CapacityUpdate("bedden", 5, 5, 5, 0, 0, CapacityStatus.CAPACITY), null);
        return service;
    }

    private UUID signal(String description, String victim, String perpetrator) {
        SignalForm form = new SignalForm(description, "gisteren", ModuleFixtures.organisation(jdbc, "Gemeente Utrecht"),
                "Stationsplein, Utrecht", List.of(
                        new PersonEntry(victim, PersonEntry.Sex.FEMALE, 24, null, "Roemeens", null,
                                PersonRole.POSSIBLE_VICTIM),
                        new PersonEntry(perpetrator, PersonEntry.Sex.MALE, 35, null, "Nederlands", null,
                                PersonRole.POSSIBLE_PERPETRATOR)),
                List.of(), null, null, null, null, null, null, Set.of("SEXUAL"), Set.of(), false, true, false, false,
                false, ReporterType.RESIDENT, true, null, null, null, null, false, null, null, null);
        return intake.receivePublic(form, List.of()).signalId().value();
    }

    private UUID subject(UUID signal, String name) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select m.subject_id from subject_mention m join subject_person p on p.subject_id = m.subject_id
                where m.signal_id = ? and p.name = ?""").params(signal, name)
                .query(UUID.class).optional().orElse(null), Objects::nonNull);
    }

}
