package nl.schakel.meetings;

/**
 * A step on a meeting that its rules refuse (a signal on a trends-only table, a second decision on an item); the
 * message key names the reason in the meetings messages.
 */
public class MeetingRefusedException extends RuntimeException {

    private final String messageKey;

    public MeetingRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
