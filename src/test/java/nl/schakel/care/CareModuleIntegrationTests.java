package nl.schakel.care;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import nl.schakel.access.SchakelUser;
import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.MutableClock;
import nl.schakel.testing.SchakelModuleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Care with what it depends on, without notifications that listens to it: the B8 job publishes
 * {@link B8NoticeDue} with the trajectory, its lead organisation and the notice — once.
 */
@SchakelModuleTest
class CareModuleIntegrationTests {

    @Autowired
    TrajectoryWork work;
    @Autowired
    B8Reminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        ModuleFixtures.stopActing();
        clock.reset();
    }

    @Test
    void theB8JobPublishesTheFourteenDayNoticeWithTheTrajectoryAndItsLead(Scenario scenario) {
        SchakelUser coordinator = ModuleFixtures.actAs(jdbc, "zorgcoordinator");
        TrajectoryId trajectory = work.start(coordinator, new NewTrajectory("M.", null, null,
                ModuleFixtures.organisation(jdbc, ModuleFixtures.UTRECHT), MunicipalityReason.FOUND_HERE, 30,
                ResidenceStatus.UNDOCUMENTED, false, Set.of("LABOUR"), EnumSet.of(Need.SHELTER)));
        work.startB8(coordinator, trajectory, LocalDate.of(2025, 11, 20), null);
        moveTo(LocalDate.of(2026, 2, 6));

        scenario.stimulate(reminders::run)
                .andWaitForEventOfType(B8NoticeDue.class)
                .matchingMappedValue(B8NoticeDue::trajectoryId, trajectory)
                .toArriveAndVerify(event -> {
                    assertThat(event.notice()).isEqualTo(B8Notice.DAYS_14_BEFORE_END);
                    assertThat(event.leadOrganisationId()).isEqualTo(coordinator.organisationId());
                    assertThat(event.end()).isEqualTo(LocalDate.of(2026, 2, 20));
                });
        reminders.run();
        assertThat(jdbc.sql("select count(*) from b8_notice where trajectory_id = ?").param(trajectory.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private void moveTo(LocalDate day) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(),
                day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant()));
    }
}
