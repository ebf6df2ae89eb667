package nl.schakel.meetings;

/** No such meeting, item or action for this person: 404, the same for one that exists elsewhere. */
public class MeetingNotFoundException extends RuntimeException {

    public MeetingNotFoundException() {
        super("no such meeting for this person");
    }
}
