package nl.schakel.shelter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A placement request moves only along its route. */
class PlacementStatusTests {

    @Test
    void theRouteIsRequestedThenAcceptedThenPlaced() {
        assertThat(PlacementStatus.REQUESTED.moveTo(PlacementStatus.ACCEPTED)).isEqualTo(PlacementStatus.ACCEPTED);
        assertThat(PlacementStatus.ACCEPTED.moveTo(PlacementStatus.PLACED)).isEqualTo(PlacementStatus.PLACED);
        assertThat(PlacementStatus.REQUESTED.mayMoveTo(PlacementStatus.DECLINED)).isTrue();
        assertThat(PlacementStatus.REQUESTED.mayMoveTo(PlacementStatus.EXPIRED)).isTrue();
    }

    @Test
    void illegalMovesAreRefused() {
        assertThatThrownBy(() -> PlacementStatus.REQUESTED.moveTo(PlacementStatus.PLACED))
                .isInstanceOf(PlacementTransitionRefusedException.class);
        assertThatThrownBy(() -> PlacementStatus.DECLINED.moveTo(PlacementStatus.ACCEPTED))
                .isInstanceOf(PlacementTransitionRefusedException.class);
        assertThatThrownBy(() -> PlacementStatus.PLACED.moveTo(PlacementStatus.PLACED))
                .isInstanceOf(PlacementTransitionRefusedException.class);
        assertThatThrownBy(() -> PlacementStatus.EXPIRED.moveTo(PlacementStatus.PLACED))
                .isInstanceOf(PlacementTransitionRefusedException.class);
    }
}
