package nl.schakel.retention.internal;

/** A retention request that the rules refuse; the message is a message key. */
public class RetentionRefusedException extends RuntimeException {

    public RetentionRefusedException(String messageKey) {
        super(messageKey);
    }
}
