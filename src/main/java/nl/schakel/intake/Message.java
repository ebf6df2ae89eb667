package nl.schakel.intake;

import java.time.Instant;

/** One message between the designated officer and the reporter. */
public record Message(Direction direction, String body, Instant sentAt) {

    public enum Direction { TO_REPORTER, FROM_REPORTER }
}
