package nl.schakel.access;

/**
 * A user change the rules refuse. The reason is a message key, so the screen can explain it in the
 * user's language, and the exception text carries no personal data.
 */
public class UserAdministrationException extends RuntimeException {

    private final String messageKey;
    private final String field;

    public UserAdministrationException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }
}
