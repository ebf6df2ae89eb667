package nl.schakel.care;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The care rules without Spring: the trajectory's and the consent's moves, who signs, the B8 clock. */
class CareRulesTests {

    @Test
    void aTrajectoryMovesAlongItsLifeAndOutOfViewAsideButNeverBackFromClosed() {
        assertThat(TrajectoryStatus.REFERRED.moveTo(TrajectoryStatus.INTAKE)).isEqualTo(TrajectoryStatus.INTAKE);
        assertThat(TrajectoryStatus.ACTIVE.mayMoveTo(TrajectoryStatus.OUT_OF_VIEW)).isTrue();
        assertThat(TrajectoryStatus.OUT_OF_VIEW.mayMoveTo(TrajectoryStatus.ACTIVE)).isTrue();
        assertThat(TrajectoryStatus.REFERRED.mayMoveTo(TrajectoryStatus.AFTERCARE)).isFalse();
        assertThat(TrajectoryStatus.CLOSED.next()).isEmpty();
        assertThatThrownBy(() -> TrajectoryStatus.CLOSED.moveTo(TrajectoryStatus.ACTIVE))
                .isInstanceOf(TrajectoryTransitionRefusedException.class);
        assertThatThrownBy(() -> TrajectoryStatus.REFERRED.moveTo(TrajectoryStatus.ACTIVE))
                .isInstanceOf(TrajectoryTransitionRefusedException.class);
    }

    @Test
    void consentIsAskedBeforeItIsAnsweredAndRegisteredOnlyWhenGiven() {
        assertThat(ConsentStatus.NOT_ASKED.moveTo(ConsentStatus.ASKED)).isEqualTo(ConsentStatus.ASKED);
        assertThatThrownBy(() -> ConsentStatus.NOT_ASKED.moveTo(ConsentStatus.GIVEN))
                .isInstanceOf(TrajectoryTransitionRefusedException.class);
        assertThatThrownBy(() -> ConsentStatus.REFUSED.moveTo(ConsentStatus.REGISTERED))
                .isInstanceOf(TrajectoryTransitionRefusedException.class);
        assertThat(ConsentStatus.GIVEN.mayMoveTo(ConsentStatus.REGISTERED)).isTrue();
    }

    @Test
    void theVictimSignsFromSixteenAParentOrGuardianBelow() {
        assertThat(ConsentSigner.requiredFor(16)).contains(ConsentSigner.VICTIM);
        assertThat(ConsentSigner.requiredFor(15)).contains(ConsentSigner.PARENT_OR_GUARDIAN);
        assertThat(ConsentSigner.VICTIM.mayGiveFor(15)).isFalse();
        assertThat(ConsentSigner.PARENT_OR_GUARDIAN.mayGiveFor(16)).isFalse();
        assertThat(ConsentSigner.VICTIM.mayGiveFor(null)).isFalse();
    }

    @Test
    void aB8PeriodEndsThreeCalendarMonthsAfterItsStart() {
        assertThat(B8Period.endOf(LocalDate.of(2025, 11, 20))).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(B8Period.endOf(LocalDate.of(2025, 11, 30))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(B8Period.endOf(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theNoticesFallFourteenAndSevenDaysBeforeTheEndAndTheAlertTheDayAfter() {
        B8Period period = B8Period.starting(LocalDate.of(2025, 11, 20), null);

        assertThat(B8Notice.dueOn(period, LocalDate.of(2026, 2, 5))).isEmpty();
        assertThat(B8Notice.dueOn(period, LocalDate.of(2026, 2, 6))).contains(B8Notice.DAYS_14_BEFORE_END);
        assertThat(B8Notice.dueOn(period, LocalDate.of(2026, 2, 12))).contains(B8Notice.DAYS_14_BEFORE_END);
        assertThat(B8Notice.dueOn(period, LocalDate.of(2026, 2, 13))).contains(B8Notice.DAYS_7_BEFORE_END);
        assertThat(B8Notice.dueOn(period, LocalDate.of(2026, 2, 20))).contains(B8Notice.DAYS_7_BEFORE_END);
        assertThat(B8Notice.dueOn(period, LocalDate.of(2026, 2, 21))).contains(B8Notice.EXPIRED_UNDECIDED);
        assertThat(B8Notice.dueOn(new B8Period(period.start(), period.end(), B8Decision.AANGIFTE, null),
                LocalDate.of(2026, 2, 21))).isEqualTo(Optional.empty());
    }
}
