package nl.schakel.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferralStatusTests {

    @ParameterizedTest
    @CsvSource({"SENT,ACCEPTED", "SENT,DECLINED", "SENT,REVOKED", "ACCEPTED,IN_PROGRESS", "ACCEPTED,FEEDBACK_GIVEN",
            "ACCEPTED,REVOKED", "IN_PROGRESS,FEEDBACK_GIVEN", "IN_PROGRESS,REVOKED", "FEEDBACK_GIVEN,CLOSED",
            "FEEDBACK_GIVEN,FEEDBACK_GIVEN"})
    void theRouteAllowsTheseMoves(ReferralStatus from, ReferralStatus to) {
        assertThat(from.mayMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource({"SENT,IN_PROGRESS", "SENT,FEEDBACK_GIVEN", "SENT,CLOSED", "ACCEPTED,DECLINED", "IN_PROGRESS,ACCEPTED",
            "FEEDBACK_GIVEN,REVOKED", "FEEDBACK_GIVEN,ACCEPTED", "ACCEPTED,SENT",
            "CLOSED,CLOSED", "CLOSED,FEEDBACK_GIVEN", "IN_PROGRESS,CLOSED", "ACCEPTED,CLOSED"})
    void illegalMovesAreRefusedWithBothStates(ReferralStatus from, ReferralStatus to) {
        assertThat(from.mayMoveTo(to)).isFalse();
        assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(ReferralTransitionRefusedException.class)
                .satisfies(e -> {
                    assertThat(((ReferralTransitionRefusedException) e).from()).isEqualTo(from);
                    assertThat(((ReferralTransitionRefusedException) e).to()).isEqualTo(to);
                });
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = {"DECLINED", "CLOSED", "REVOKED"})
    void finalStatesLeadNowhere(ReferralStatus status) {
        assertThat(status.isFinal()).isTrue();
        for (ReferralStatus next : ReferralStatus.values()) {
            assertThat(status.mayMoveTo(next)).as("%s -> %s", status, next).isFalse();
        }
    }

    @Test
    void thePartnerMayActUntilTheReferralIsCompleted() {
        assertThat(ReferralStatus.values()).filteredOn(ReferralStatus::withPartner).containsExactlyInAnyOrder(
                ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.FEEDBACK_GIVEN);
    }

    @Test
    void onlySentAcceptedAndInProgressWaitForThePartner() {
        assertThat(ReferralStatus.values()).filteredOn(ReferralStatus::isOpen)
                .containsExactlyInAnyOrder(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
    }
}
