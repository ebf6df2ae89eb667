package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryBackdating;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryStatus;
import nl.schakel.care.TrajectoryWork;
import nl.schakel.cases.CaseId;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CapacityUpdate;
import nl.schakel.shelter.CareOffer;
import nl.schakel.shelter.CareService;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.IntakeRoute;
import nl.schakel.shelter.Payer;
import nl.schakel.shelter.PlacementBackdating;
import nl.schakel.shelter.Placements;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.ServiceDescription;
import nl.schakel.shelter.ServiceKind;
import nl.schakel.shelter.Target;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Victims for T5 of the council report (issue 14), last year (moved back to mid-September) and this year, in
 * Utrecht: the woman of {@link ReportYearSignalsDemo}'s salon signal, in a trajectory linked to
 * {@link ReportYearCasesDemo}'s case, with a B8 period and a place at Belle; and an unaccompanied minor asked into
 * Nidos' small-scale shelter (a placeable service whose intake runs through Nidos). Belle then reports its board as
 * {@link ShelterDemo} left it.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class ReportYearVictimsDemo implements DemoContribution {

    static final String NIDOS_SHELTER = "Nidos kleinschalige opvang alleenstaande minderjarigen";
    private static final String BELLE = "Belle opvang 18+";

    private final ObjectProvider<TrajectoryWork> trajectories;
    private final ObjectProvider<TrajectoryBackdating> trajectoryBackdating;
    private final ObjectProvider<Placements> placements;
    private final ObjectProvider<PlacementBackdating> placementBackdating;
    private final ObjectProvider<CareOffer> offer;
    private final ObjectProvider<CapacityBoard> board;
    private final ReportYearCasesDemo cases;
    private final Clock clock;

    ReportYearVictimsDemo(ObjectProvider<TrajectoryWork> trajectories,
            ObjectProvider<TrajectoryBackdating> trajectoryBackdating, ObjectProvider<Placements> placements,
            ObjectProvider<PlacementBackdating> placementBackdating, ObjectProvider<CareOffer> offer,
            ObjectProvider<CapacityBoard> board, ReportYearCasesDemo cases, Clock clock) {
        this.trajectories = trajectories;
        this.trajectoryBackdating = trajectoryBackdating;
        this.placements = placements;
        this.placementBackdating = placementBackdating;
        this.offer = offer;
        this.board = board;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 620;
    }

    @Override
    public void seed(DemoRegion region) {
        if (trajectories.getIfAvailable() == null || trajectoryBackdating.getIfAvailable() == null
                || placements.getIfAvailable() == null || placementBackdating.getIfAvailable() == null
                || offer.getIfAvailable() == null || board.getIfAvailable() == null) {
            return; // a module test that starts the demo region without these capabilities
        }
        UUID regionId = region.region().id().value();
        LocalDate today = LocalDate.now(clock);
        UUID nidos = offer.getObject().saveAsRegion(regionId, region.organisation(ShelterDemo.NIDOS).id().value(),
                new ServiceDescription(NIDOS_SHELTER, ServiceKind.SHELTER, EnumSet.noneOf(ExploitationForm.class),
                        EnumSet.noneOf(ServedSex.class), 12, 17, Target.VICTIM, true, true,
                        EnumSet.of(ServiceArea.NATIONAL), EnumSet.noneOf(ContraIndication.class),
                        EnumSet.noneOf(ContraIndication.class), Set.of("Nederlands", "Engels", "Arabisch"),
                        IntakeRoute.NIDOS, Payer.COA_NIDOS, 0, today), null);
        UUID belle = offer.getObject().inRegion(regionId).stream().filter(s -> s.name().equals(BELLE))
                .map(CareService::id).findFirst().orElseThrow();
        ReportYearSignalsDemo.daysBack(today).forEach((year, days) -> year(region, year, days,
                today.minusDays(days), belle, nidos));
        // Belle's board as the provider reported it afterwards (ShelterDemo's figures: 4 beds, 2 free).
        board.getObject().reportAsProvider(belle, new CapacityUpdate("bedden", 4, 4, 2, 0, 0,
                CapacityStatus.CAPACITY), null);
    }

    private void year(DemoRegion region, int year, int days, LocalDate day, UUID belle, UUID nidos) {
        SchakelUser coordinator = SignalsDemo.user(region, CareDemo.COORDINATOR);
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();
        TrajectoryWork work = trajectories.getObject();

        TrajectoryId woman = work.start(coordinator, new NewTrajectory("R. (salon " + year + ")", null,
                cases.caseOf(year).map(CaseId::value).orElse(null), utrecht, MunicipalityReason.FOUND_HERE, 22,
                ResidenceStatus.DUTCH_OR_EU, false, Set.of("SEXUAL"), EnumSet.of(Need.SHELTER, Need.LEGAL)));
        work.move(coordinator, woman, TrajectoryStatus.INTAKE);
        work.move(coordinator, woman, TrajectoryStatus.ACTIVE);
        UUID placed = placements.getObject().request(coordinator, new Placements.Request(belle, woman.value(), null,
                null));
        placements.getObject().accept(SignalsDemo.user(region, "zorgaanbieder.belle"), placed);
        placements.getObject().place(coordinator, placed);
        work.startB8(coordinator, woman, day, placed);

        TrajectoryId minor = work.start(coordinator, new NewTrajectory("A. (" + year + ")", null, null, utrecht,
                MunicipalityReason.FOUND_HERE, 15, ResidenceStatus.UNDOCUMENTED, true, Set.of("LABOUR"),
                EnumSet.of(Need.SHELTER, Need.LEGAL)));
        work.move(coordinator, minor, TrajectoryStatus.INTAKE);
        UUID asked = placements.getObject().request(coordinator, new Placements.Request(nidos, minor.value(), null,
                null));
        if (days > 0) {
            trajectoryBackdating.getObject().moveBack(woman, days);
            trajectoryBackdating.getObject().moveBack(minor, days);
            placementBackdating.getObject().moveBack(placed, days);
            placementBackdating.getObject().moveBack(asked, days);
        }
    }
}
