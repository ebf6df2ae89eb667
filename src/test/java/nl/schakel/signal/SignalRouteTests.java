package nl.schakel.signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static nl.schakel.signal.SignalRoute.State.DONE;
import static nl.schakel.signal.SignalRoute.State.NEXT;
import static nl.schakel.signal.SignalRoute.State.NOT_YET;
import static nl.schakel.signal.SignalRoute.State.OPEN;
import static nl.schakel.signal.SignalRoute.State.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;

/** The signal page's steps: in route order, a step that does not apply yet is not offered, one step is next. */
class SignalRouteTests {

    private static final UUID OFFICER = UUID.randomUUID();

    @Test
    void aNewSignalOffersOnlyTakingItUpAndNoClosing() {
        SignalRoute route = route(SignalStatus.RECEIVED);

        assertThat(route.next()).isEqualTo(RouteStep.RECEIVE);
        assertThat(route.state(RouteStep.CLOSE)).isEqualTo(NOT_YET);
        assertThat(route.state(RouteStep.WEIGH).offered()).isFalse();
        assertThat(route.takenUp()).isFalse();
        assertThat(route.takenUpBy()).isNull();
    }

    @Test
    void takenUpTheWorkStepsOpenAndWhoTookItUpIsKnown() {
        SignalRoute route = route(SignalStatus.RECEIVED, SignalStatus.IN_TRIAGE);

        assertThat(route.state(RouteStep.RECEIVE)).isEqualTo(DONE);
        assertThat(route.next()).isEqualTo(RouteStep.ENRICH);
        assertThat(route.state(RouteStep.WEIGH)).isEqualTo(OPEN);
        assertThat(route.state(RouteStep.ROUTE)).isEqualTo(OPEN);
        assertThat(route.state(RouteStep.FEEDBACK)).isEqualTo(NOT_YET);
        assertThat(route.state(RouteStep.CLOSE)).isEqualTo(NOT_YET);
        assertThat(route.takenUpBy()).isEqualTo(OFFICER);
    }

    @Test
    void weighedTheSignalMayBeRoutedAndClosed() {
        SignalRoute route = route(SignalStatus.RECEIVED, SignalStatus.IN_TRIAGE, SignalStatus.ASSESSED);

        assertThat(route.state(RouteStep.ENRICH)).isEqualTo(NEXT);
        assertThat(route.state(RouteStep.WEIGH)).isEqualTo(DONE);
        assertThat(route.state(RouteStep.CLOSE)).isEqualTo(OPEN);
        assertThat(route.state(RouteStep.FEEDBACK)).isEqualTo(OPEN);
    }

    @Test
    void aClosedSignalOffersNothingItSkipped() {
        SignalRoute route = route(SignalStatus.RECEIVED, SignalStatus.IN_TRIAGE, SignalStatus.ASSESSED,
                SignalStatus.REPORTER_INFORMED, SignalStatus.CLOSED);

        assertThat(route.next()).isNull();
        assertThat(route.state(RouteStep.CLOSE)).isEqualTo(DONE);
        assertThat(route.state(RouteStep.ROUTE)).isEqualTo(SKIPPED);
        assertThat(route.state(RouteStep.ROUTE).offered()).isFalse();
    }

    @Test
    void everyStepHasAnAnchorThatLeadsBackToIt() {
        SignalId id = new SignalId(UUID.randomUUID());
        for (RouteStep step : RouteStep.values()) {
            assertThat(RouteStep.ofAnchor(step.anchor())).contains(step);
            assertThat(step.pageOf(id)).isEqualTo("/signalen/" + id + "?stap=" + step.anchor() + "#" + step.anchor());
        }
        assertThat(RouteStep.ofAnchor("<script>")).isEmpty();
    }

    private static SignalRoute route(SignalStatus... statuses) {
        List<SignalDetail.StatusChange> history = new ArrayList<>();
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        for (SignalStatus status : statuses) {
            history.add(new SignalDetail.StatusChange(status, at, status == SignalStatus.RECEIVED ? null : OFFICER));
            at = at.plusSeconds(60);
        }
        return SignalRoute.of(statuses[statuses.length - 1], history);
    }
}
