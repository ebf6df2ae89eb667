package nl.schakel.handling;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassificationStateTests {

    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    @Test
    void onlyTraffickingWaitsForASecondPersonTheOtherLevelsCountAtOnce() {
        for (ClassificationLevel level : ClassificationLevel.values()) {
            assertThat(ClassificationState.decided(level)).as("%s", level).isEqualTo(
                    level == ClassificationLevel.TRAFFICKING ? ClassificationState.AWAITING_CONFIRMATION
                            : ClassificationState.CONFIRMED);
        }
        assertThat(ClassificationState.values()).filteredOn(ClassificationState::counts)
                .containsExactly(ClassificationState.CONFIRMED);
    }

    @Test
    void aSecondPersonConfirmsAndAnyoneMayRejectWhatWaits() {
        ClassificationState waiting = ClassificationState.AWAITING_CONFIRMATION;
        assertThat(waiting.mayBeConfirmedBy(FIRST, SECOND)).isTrue();
        assertThat(waiting.confirm(FIRST, SECOND)).isEqualTo(ClassificationState.CONFIRMED);
        assertThat(waiting.reject()).isEqualTo(ClassificationState.REJECTED);
    }

    @Test
    void thePersonWhoChoseCannotConfirm() {
        assertThat(ClassificationState.AWAITING_CONFIRMATION.mayBeConfirmedBy(FIRST, FIRST)).isFalse();
        assertThatThrownBy(() -> ClassificationState.AWAITING_CONFIRMATION.confirm(FIRST, FIRST))
                .isInstanceOf(HandlingRefusedException.class)
                .extracting(e -> ((HandlingRefusedException) e).messageKey())
                .isEqualTo("handling.refused.samePerson");
    }

    @ParameterizedTest
    @EnumSource(value = ClassificationState.class, names = {"CONFIRMED", "REJECTED"})
    void whatNoLongerWaitsCannotBeConfirmedOrRejected(ClassificationState settled) {
        assertThat(settled.awaitsConfirmation()).isFalse();
        assertThat(settled.mayBeConfirmedBy(FIRST, SECOND)).isFalse();
        for (ClassificationState next : ClassificationState.values()) {
            assertThat(settled.mayMoveTo(next)).as("%s -> %s", settled, next).isFalse();
        }
        assertThatThrownBy(() -> settled.confirm(FIRST, SECOND)).isInstanceOf(HandlingRefusedException.class)
                .extracting(e -> ((HandlingRefusedException) e).messageKey())
                .isEqualTo("handling.refused.nothingToConfirm");
        assertThatThrownBy(settled::reject).isInstanceOf(HandlingRefusedException.class)
                .extracting(e -> ((HandlingRefusedException) e).messageKey())
                .isEqualTo("handling.refused.nothingToConfirm");
    }
}
