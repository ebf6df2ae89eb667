package nl.schakel.signal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalStatusTests {

    @Test
    void theRouteGoesForward() {
        assertThat(SignalStatus.RECEIVED.moveTo(SignalStatus.IN_TRIAGE)).isEqualTo(SignalStatus.IN_TRIAGE);
        assertThat(SignalStatus.ROUTED.mayMoveTo(SignalStatus.FEEDBACK_RECEIVED)).isTrue();
    }

    @Test
    void illegalMovesAreRefused() {
        assertThatThrownBy(() -> SignalStatus.RECEIVED.moveTo(SignalStatus.ROUTED))
                .isInstanceOf(IllegalSignalTransition.class);
        assertThatThrownBy(() -> SignalStatus.RECEIVED.moveTo(SignalStatus.CLOSED))
                .isInstanceOf(IllegalSignalTransition.class);
        assertThat(SignalStatus.ROUTED.mayMoveTo(SignalStatus.IN_TRIAGE)).isFalse();
        assertThat(SignalStatus.CLOSED.mayMoveTo(SignalStatus.IN_TRIAGE)).isFalse();
        assertThat(SignalStatus.WITHDRAWN.mayMoveTo(SignalStatus.RECEIVED)).isFalse();
    }

    @Test
    void aReferralCanFollowFeedbackAndOnlyTheSideExitsAndClosingAreFinal() {
        assertThat(SignalStatus.FEEDBACK_RECEIVED.mayMoveTo(SignalStatus.ROUTED)).isTrue();
        assertThat(SignalStatus.IN_TRIAGE.mayMoveTo(SignalStatus.ROUTED)).isTrue();
        assertThat(java.util.Arrays.stream(SignalStatus.values()).filter(SignalStatus::isFinal))
                .containsExactlyInAnyOrder(SignalStatus.CLOSED, SignalStatus.MERGED_INTO_CASE, SignalStatus.WITHDRAWN);
    }

    @Test
    void everyStateHasItsRules() {
        for (SignalStatus status : SignalStatus.values()) {
            assertThat(status.mayMoveTo(status)).as(status.name()).isFalse();
        }
    }
}
