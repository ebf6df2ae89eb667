package nl.schakel.care;

import org.jspecify.annotations.Nullable;

/** A change the care rules refuse (e.g. a consent signed by the wrong person), with the form field it is about. */
public class TrajectoryRefusedException extends RuntimeException {

    private final @Nullable String field;
    private final String messageKey;

    public TrajectoryRefusedException(@Nullable String field, String messageKey) {
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
