package nl.schakel.access;

/**
 * An API token request the rules refuse. The reason is a message key for the screen, and the exception
 * text carries no personal data.
 */
public class ApiTokenRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ApiTokenRejectedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
