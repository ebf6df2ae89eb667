package nl.schakel.catalogue.internal;

import org.jspecify.annotations.Nullable;

/**
 * A change to the draft that the catalogue's rules do not allow. Carries a message key, and the form field it
 * concerns when there is one, so the administrator is told what to change.
 */
public class CatalogueRefusal extends RuntimeException {

    private final String messageKey;
    private final @Nullable String field;

    CatalogueRefusal(String messageKey, @Nullable String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    CatalogueRefusal(String messageKey) {
        this(messageKey, null);
    }

    public String messageKey() {
        return messageKey;
    }

    public @Nullable String field() {
        return field;
    }
}
