package nl.schakel.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.care.ConsentSigner;
import nl.schakel.care.ConsentStatus;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.NewTrajectory;
import nl.schakel.care.OffenceType;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryStatus;
import nl.schakel.care.TrajectoryWork;
import nl.schakel.organisations.Organisation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Moviera's trajectories in the demo region: the restaurant victim of seed 000 (found in Utrecht in November 2025,
 * in COSM shelter with a B8 reflection period), an unaccompanied minor, and a youngster in criminal exploitation who
 * is also a suspect (non-punishment flag).
 */
@Component
class CareDemo implements DemoContribution {

    static final String COORDINATOR = "zorgcoordinator";

    private final ObjectProvider<TrajectoryWork> trajectories;

    /** A module test that starts the demo region without the care module gets no trajectories. */
    CareDemo(ObjectProvider<TrajectoryWork> trajectories) {
        this.trajectories = trajectories;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(DemoRegion region) {
        TrajectoryWork work = trajectories.getIfAvailable();
        if (work == null) {
            return;
        }
        Organisation moviera = region.organisation("Moviera");
        SchakelUser coordinator = new SchakelUser(region.user(COORDINATOR).value(), COORDINATOR, "Zoë Coördinator",
                moviera.id().value(), moviera.name(), region.region().id().value(), EnumSet.of(Role.CARE_COORDINATOR),
                false, null);
        var utrecht = region.organisation("Gemeente Utrecht").id().value();

        TrajectoryId restaurant = work.start(coordinator, new NewTrajectory("K. (restaurant)", null, null, utrecht,
                MunicipalityReason.FOUND_HERE, 34, ResidenceStatus.UNDOCUMENTED, false, Set.of("LABOUR"),
                EnumSet.of(Need.SHELTER, Need.LEGAL, Need.INCOME)));
        work.move(coordinator, restaurant, TrajectoryStatus.INTAKE);
        work.move(coordinator, restaurant, TrajectoryStatus.ACTIVE);
        work.startB8(coordinator, restaurant, LocalDate.of(2025, 11, 20), null);
        work.consent(coordinator, restaurant, ConsentStatus.ASKED, null);
        work.consent(coordinator, restaurant, ConsentStatus.GIVEN, ConsentSigner.VICTIM);

        TrajectoryId minor = work.start(coordinator, new NewTrajectory("S.", null, null,
                region.organisation("Gemeente Amersfoort").id().value(), MunicipalityReason.FOUND_HERE, 15,
                ResidenceStatus.UNDOCUMENTED, true, Set.of("SEXUAL"),
                EnumSet.of(Need.SHELTER, Need.MEDICAL, Need.PSYCHOLOGICAL)));
        work.move(coordinator, minor, TrajectoryStatus.INTAKE);

        TrajectoryId suspect = work.start(coordinator, new NewTrajectory("J.", null, null, utrecht,
                MunicipalityReason.BRP, 17, ResidenceStatus.DUTCH_OR_EU, false, Set.of("CRIMINAL"),
                EnumSet.of(Need.PSYCHOLOGICAL, Need.LEGAL, Need.EXIT_PROGRAMME)));
        work.move(coordinator, suspect, TrajectoryStatus.INTAKE);
        work.move(coordinator, suspect, TrajectoryStatus.ACTIVE);
        work.flagNonPunishment(coordinator, suspect, OffenceType.DRUGS, true, false);
    }
}
