package nl.schakel.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state machines of a case, a milestone and an intervention refuse illegal moves. */
class CaseStateTests {

    @Test
    void aCaseIsProposedThenActiveThenAftercareThenClosedAndCanBeReopened() {
        assertThat(CaseStatus.PROPOSED.moveTo(CaseStatus.ACTIVE)).isEqualTo(CaseStatus.ACTIVE);
        assertThat(CaseStatus.ACTIVE.moveTo(CaseStatus.AFTERCARE)).isEqualTo(CaseStatus.AFTERCARE);
        assertThat(CaseStatus.AFTERCARE.moveTo(CaseStatus.CLOSED)).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.CLOSED.moveTo(CaseStatus.ACTIVE)).isEqualTo(CaseStatus.ACTIVE);
        assertThatThrownBy(() -> CaseStatus.PROPOSED.moveTo(CaseStatus.AFTERCARE))
                .isInstanceOf(CaseTransitionRefusedException.class);
        assertThatThrownBy(() -> CaseStatus.CLOSED.moveTo(CaseStatus.AFTERCARE))
                .isInstanceOf(CaseTransitionRefusedException.class);
        assertThatThrownBy(() -> CaseStatus.ACTIVE.moveTo(CaseStatus.ACTIVE))
                .isInstanceOf(CaseTransitionRefusedException.class);
    }

    @Test
    void anInterventionIsDecidedBeforeItTakesEffectAndEndsOnce() {
        assertThat(InterventionStatus.PROPOSED.mayMoveTo(InterventionStatus.DECIDED)).isTrue();
        assertThat(InterventionStatus.DECIDED.mayMoveTo(InterventionStatus.IN_EFFECT)).isTrue();
        for (InterventionStatus end : new InterventionStatus[] {InterventionStatus.COMPLIED,
                InterventionStatus.ENFORCED, InterventionStatus.ENDED, InterventionStatus.WITHDRAWN}) {
            assertThat(InterventionStatus.IN_EFFECT.mayMoveTo(end)).as(end.name()).isTrue();
            assertThat(end.next()).as(end.name()).isEmpty();
        }
        assertThatThrownBy(() -> InterventionStatus.PROPOSED.moveTo(InterventionStatus.IN_EFFECT))
                .isInstanceOf(CaseTransitionRefusedException.class);
        assertThatThrownBy(() -> InterventionStatus.DECIDED.moveTo(InterventionStatus.DECIDED))
                .isInstanceOf(CaseTransitionRefusedException.class);
        assertThat(InterventionStatus.PROPOSED.isDecided()).isFalse();
        assertThat(InterventionStatus.IN_EFFECT.isDecided()).isTrue();
    }

    @Test
    void aMilestoneIsOpenUntilDoneMissedOrCancelled() {
        assertThat(MilestoneStatus.PLANNED.isOpen()).isTrue();
        assertThat(MilestoneStatus.IN_PROGRESS.moveTo(MilestoneStatus.DONE)).isEqualTo(MilestoneStatus.DONE);
        assertThatThrownBy(() -> MilestoneStatus.DONE.moveTo(MilestoneStatus.IN_PROGRESS))
                .isInstanceOf(CaseTransitionRefusedException.class);
        assertThat(MilestoneStatus.CANCELLED.isOpen()).isFalse();
    }

    @Test
    void aHandoverIsAcceptedOrWithdrawnOnlyWhileItWaits() {
        CaseEnums.HandoverStatus pending = CaseEnums.HandoverStatus.PENDING;
        assertThat(pending.moveTo(CaseEnums.HandoverStatus.ACCEPTED)).isEqualTo(CaseEnums.HandoverStatus.ACCEPTED);
        assertThat(pending.moveTo(CaseEnums.HandoverStatus.WITHDRAWN)).isEqualTo(CaseEnums.HandoverStatus.WITHDRAWN);
        assertThatThrownBy(() -> pending.moveTo(pending)).isInstanceOf(CaseTransitionRefusedException.class);
        assertThatThrownBy(() -> CaseEnums.HandoverStatus.ACCEPTED.moveTo(CaseEnums.HandoverStatus.WITHDRAWN))
                .isInstanceOf(CaseTransitionRefusedException.class);
    }
}
