package nl.schakel.attachments;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored attachment. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
