package nl.schakel.attachments;

/**
 * The attachment's owner had its data key destroyed after its retention period: the file can never be read again
 * (decision 0029). Callers show that it was destroyed ({@code attachment.destroyed}), never an error.
 */
public class AttachmentDestroyedException extends RuntimeException {

    public AttachmentDestroyedException() {
        super("attachment destroyed");
    }
}
