package nl.schakel.routing;

/**
 * A request to send or answer a referral is not valid. Carries the field and a message key (in
 * {@code i18n/routing/messages}) so forms can show it next to what was typed.
 */
public class ReferralRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ReferralRejectedException(String field, String messageKey) {
        super("referral rejected: " + messageKey);
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
