package nl.schakel.attachments;

import java.time.Instant;

/** What is known about a stored attachment without reading it. */
public record AttachmentInfo(AttachmentId id, String filename, String contentType, long size, Instant storedAt) {
}
