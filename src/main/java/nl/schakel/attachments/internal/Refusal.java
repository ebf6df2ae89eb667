package nl.schakel.attachments.internal;

/** Why a file is refused; each reason is a message key in {@code i18n/attachments/messages}. */
enum Refusal {

    TOO_MANY("attachment.tooMany"),
    TOO_LARGE("attachment.tooLarge"),
    UNSUPPORTED_TYPE("attachment.unsupportedType"),
    /** An image format we recognise but cannot clean reliably (HEIC, WebP, GIF, TIFF, ...). */
    UNSUPPORTED_PHOTO("attachment.unsupportedPhoto"),
    TOO_MANY_PIXELS("attachment.tooManyPixels"),
    DAMAGED("attachment.damaged");

    private final String messageKey;

    Refusal(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
