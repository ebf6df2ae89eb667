package nl.schakel.attachments;

import java.time.Instant;

/**
 * What is known about a stored attachment without reading it.
 *
 * @param filename the name it was sent with; empty when {@code destroyed}
 * @param destroyed its owner's data key was destroyed: name and content can never be read again (decision 0029)
 */
public record AttachmentInfo(AttachmentId id, String filename, String contentType, long size, Instant storedAt,
        boolean destroyed) {

    public AttachmentInfo(AttachmentId id, String filename, String contentType, long size, Instant storedAt) {
        this(id, filename, contentType, size, storedAt, false);
    }
}
