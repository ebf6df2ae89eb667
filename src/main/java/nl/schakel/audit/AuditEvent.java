package nl.schakel.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One security-relevant event to record. Only codes and identifiers: free text could carry personal data.
 *
 * @param action what happened, as an upper-case code such as {@code USER_CREATED}
 * @param objectType the kind of object acted on, such as {@code USER}, or null
 * @param objectId the object's identifier, or null
 * @param purpose the purpose or legal basis, as a code such as {@code ADMINISTRATION}
 * @param outcome how it ended
 */
public record AuditEvent(String action, @Nullable String objectType, @Nullable String objectId, String purpose,
        Outcome outcome) {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public AuditEvent {
        requireCode(action, "action");
        requireCode(purpose, "purpose");
        if (objectType != null) {
            requireCode(objectType, "objectType");
        }
        Objects.requireNonNull(outcome, "outcome");
    }

    public static AuditEvent success(String action, String objectType, Object objectId, String purpose) {
        return new AuditEvent(action, objectType, String.valueOf(objectId), purpose, Outcome.SUCCESS);
    }

    public AuditEvent withOutcome(Outcome newOutcome) {
        return new AuditEvent(action, objectType, objectId, purpose, newOutcome);
    }

    private static void requireCode(@Nullable String value, String name) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be an upper-case code");
        }
    }
}
