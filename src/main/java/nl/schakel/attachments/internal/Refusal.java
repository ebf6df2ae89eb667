package nl.schakel.attachments.internal;

/** Why a file is refused; each reason is a message key in {@code i18n/attachments/messages}. */
enum Refusal {

    TOO_MANY("attachment.tooMany"),
    TOO_LARGE("attachment.tooLarge"),
    UNSUPPORTED_TYPE("attachment.unsupportedType"),
    /** An image format we recognise but cannot clean reliably (HEIC, WebP, GIF, TIFF, ...). */
    UNSUPPORTED_PHOTO("attachment.unsupportedPhoto"),
    TOO_MANY_PIXELS("attachment.tooManyPixels"),
    DAMAGED("attachment.damaged"),
    /** A PDF that can only be opened with a password, so it cannot be checked or cleaned. */
    PDF_PROTECTED("attachment.pdfProtected"),
    /** A PDF that still holds scripts, embedded files or metadata after cleaning. */
    PDF_NOT_CLEANABLE("attachment.pdfNotCleanable");

    private final String messageKey;

    Refusal(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
