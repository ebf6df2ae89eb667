package nl.schakel.meetings;

/** A meeting cannot move from its current state to the one asked for (e.g. hold a cancelled meeting): 409. */
public class MeetingTransitionRefusedException extends RuntimeException {

    private final MeetingStatus from;
    private final MeetingStatus to;

    public MeetingTransitionRefusedException(MeetingStatus from, MeetingStatus to) {
        super("a meeting cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public MeetingStatus from() {
        return from;
    }

    public MeetingStatus to() {
        return to;
    }
}
