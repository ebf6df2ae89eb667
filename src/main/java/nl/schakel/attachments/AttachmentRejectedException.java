package nl.schakel.attachments;

/**
 * Files the rules refuse: too many, too large, or not an image or PDF by their content. The reason is
 * a message key (in {@code i18n/attachments/messages}); nothing is stored when any file is refused.
 *
 * @see Attachments#store
 */
public class AttachmentRejectedException extends RuntimeException {

    private final String messageKey;
    private final String filename;

    public AttachmentRejectedException(String messageKey, String filename) {
        super(messageKey);
        this.messageKey = messageKey;
        this.filename = filename;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The file refused, or an empty string when the refusal concerns all files (e.g. too many). */
    public String filename() {
        return filename;
    }
}
