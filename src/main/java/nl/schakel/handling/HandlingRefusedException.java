package nl.schakel.handling;

/** A step the route does not allow now; {@code messageKey} says why, in the user's language. */
public class HandlingRefusedException extends RuntimeException {

    private final String messageKey;

    public HandlingRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
