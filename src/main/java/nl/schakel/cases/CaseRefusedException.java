package nl.schakel.cases;

import org.jspecify.annotations.Nullable;

/** A step the case's rules refuse, such as removing the lead without a successor; becomes a form error (422). */
public class CaseRefusedException extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;

    public CaseRefusedException(@Nullable String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public @Nullable String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
