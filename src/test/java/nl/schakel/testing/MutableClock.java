package nl.schakel.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A clock tests can move forward, to cross lockouts and session limits without waiting. */
public final class MutableClock extends Clock {

    private static volatile MutableClock latest;

    /** The clock of each running application under test, by its port (several contexts may run in one JVM). */
    private static final Map<Integer, MutableClock> BY_PORT = new ConcurrentHashMap<>();

    private volatile Duration offset = Duration.ZERO;

    public MutableClock() {
        latest = this;
    }

    /**
     * The time of the application under test (its clock may have been moved); the system's time when no
     * integration test made one. For the test helpers that compute second-factor codes as the app checks them.
     */
    public static Instant applicationNow() {
        MutableClock clock = latest;
        return clock == null ? Instant.now() : clock.instant();
    }

    /** The time of the application listening on this port: the clock of that very context, moved or not. */
    public static Instant applicationNow(int port) {
        MutableClock clock = BY_PORT.get(port);
        return clock == null ? applicationNow() : clock.instant();
    }

    /** Called when the application with this clock listens on a port. */
    public void servesPort(int port) {
        BY_PORT.put(port, this);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Moves "now" to ten in the morning of this day (in the clock's zone). */
    public void moveTo(java.time.LocalDate day) {
        advance(Duration.between(instant(), day.atTime(10, 0).atZone(getZone()).toInstant()));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.systemDefault();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
