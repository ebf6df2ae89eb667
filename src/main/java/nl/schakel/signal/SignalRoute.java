package nl.schakel.signal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Where a signal stands on each step of the route, derived from its status and its status history only, so
 * every page and test reads it the same way. A step that does not apply yet is {@link State#NOT_YET} and is not
 * offered; the first step that may be taken is {@link State#NEXT}.
 *
 * @param takenUpBy who took the signal up (Oppakken), or null while nobody did
 */
public record SignalRoute(Map<RouteStep, State> states, @Nullable UUID takenUpBy, @Nullable Instant takenUpAt) {

    public enum State {
        /** The step was taken. */
        DONE,
        /** The step to take now. */
        NEXT,
        /** The step may be taken (again). */
        OPEN,
        /** The step does not apply yet; it is not offered. */
        NOT_YET,
        /** The signal left the route without this step. */
        SKIPPED;

        /** Whether the page offers the step's forms. */
        public boolean offered() {
            return this == NEXT || this == OPEN || this == DONE;
        }
    }

    public static SignalRoute of(SignalStatus status, List<SignalDetail.StatusChange> history) {
        Set<SignalStatus> reached = history.stream().map(SignalDetail.StatusChange::status)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SignalStatus.class)));
        reached.add(status);
        boolean takenUp = status != SignalStatus.RECEIVED;
        boolean weighed = reached.contains(SignalStatus.ASSESSED) || reached.contains(SignalStatus.ROUTED);
        Map<RouteStep, State> states = new EnumMap<>(RouteStep.class);
        states.put(RouteStep.RECEIVE, takenUp ? State.DONE : State.NEXT);
        states.put(RouteStep.ENRICH, step(takenUp, reached.contains(SignalStatus.ENRICHED)));
        states.put(RouteStep.WEIGH, step(takenUp, reached.contains(SignalStatus.ASSESSED)));
        states.put(RouteStep.ROUTE, step(takenUp, reached.contains(SignalStatus.ROUTED)));
        states.put(RouteStep.FEEDBACK, step(weighed, reached.contains(SignalStatus.REPORTER_INFORMED)));
        states.put(RouteStep.CLOSE, step(weighed, status.isFinal()));
        if (status.isFinal()) {
            states.replaceAll((step, state) -> state == State.DONE ? State.DONE : State.SKIPPED);
        } else {
            states.entrySet().stream().filter(e -> e.getValue() == State.OPEN).findFirst()
                    .ifPresent(e -> e.setValue(State.NEXT));
        }
        SignalDetail.StatusChange taken = history.stream().filter(h -> h.status() == SignalStatus.IN_TRIAGE)
                .findFirst().orElse(null);
        return new SignalRoute(states, taken == null ? null : taken.userId(), taken == null ? null : taken.at());
    }

    private static State step(boolean applies, boolean done) {
        return done ? State.DONE : applies ? State.OPEN : State.NOT_YET;
    }

    public State state(RouteStep step) {
        return states.get(step);
    }

    /** The step the officer should take now, or null when the signal left the route. */
    public @Nullable RouteStep next() {
        return states.entrySet().stream().filter(e -> e.getValue() == State.NEXT).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    public boolean takenUp() {
        return states.get(RouteStep.RECEIVE) == State.DONE;
    }
}
