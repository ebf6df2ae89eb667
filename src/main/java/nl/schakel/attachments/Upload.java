package nl.schakel.attachments;

/**
 * A file as received. The declared content type is not trusted: the content decides.
 *
 * @param filename the name the sender gave it (shown to readers; never used as a path)
 */
public record Upload(String filename, byte[] bytes) {
}
