package nl.schakel.attachments.internal;

/**
 * Thrown by the checks on a single file; the caller adds the file's name when it turns this into an
 * {@link nl.schakel.attachments.AttachmentRejectedException}. Carries no content or name itself.
 */
class FileRefused extends RuntimeException {

    private final Refusal reason;

    FileRefused(Refusal reason) {
        super(reason.messageKey(), null, false, false);
        this.reason = reason;
    }

    Refusal reason() {
        return reason;
    }
}
