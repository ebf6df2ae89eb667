package nl.schakel.attachments;

/** An attachment's cleaned content, unsealed. */
public record AttachmentContent(AttachmentInfo info, byte[] bytes) {
}
