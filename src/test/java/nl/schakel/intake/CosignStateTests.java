package nl.schakel.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Route step 1's state type (decision 0034) refuses every move the step does not allow. */
class CosignStateTests {

    @Test
    void aWaitingSignalIsCoSignedOrSentBackAndAnAnswerPutsItBeforeTheManagerAgain() {
        assertThat(CosignState.WAITING.moveTo(CosignState.COSIGNED)).isEqualTo(CosignState.COSIGNED);
        assertThat(CosignState.WAITING.moveTo(CosignState.RETURNED)).isEqualTo(CosignState.RETURNED);
        assertThat(CosignState.RETURNED.moveTo(CosignState.WAITING)).isEqualTo(CosignState.WAITING);
    }

    @Test
    void everyOtherMoveIsRefused() {
        assertThatThrownBy(() -> CosignState.COSIGNED.moveTo(CosignState.COSIGNED))
                .isInstanceOf(CosignMoveRefusedException.class);
        assertThatThrownBy(() -> CosignState.COSIGNED.moveTo(CosignState.RETURNED))
                .isInstanceOf(CosignMoveRefusedException.class);
        assertThatThrownBy(() -> CosignState.RETURNED.moveTo(CosignState.COSIGNED))
                .as("the reporter's answer comes first").isInstanceOf(CosignMoveRefusedException.class);
        assertThatThrownBy(() -> CosignState.WAITING.moveTo(CosignState.WAITING))
                .isInstanceOf(CosignMoveRefusedException.class);
        assertThat(CosignState.COSIGNED.isOpen()).isFalse();
    }
}
