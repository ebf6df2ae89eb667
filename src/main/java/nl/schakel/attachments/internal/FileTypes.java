package nl.schakel.attachments.internal;

import java.nio.charset.StandardCharsets;

/**
 * Decides a file's type by its first bytes (magic numbers). The name and the declared content type
 * are never consulted: a renamed program or web page is refused.
 */
final class FileTypes {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private FileTypes() {
    }

    /** @throws FileRefused when the content is not one of the accepted types */
    static FileType detect(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return FileType.JPEG;
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return FileType.PNG;
        }
        if (startsWith(bytes, 0, ascii("%PDF-"))) {
            return FileType.PDF;
        }
        throw new FileRefused(isOtherImage(bytes) ? Refusal.UNSUPPORTED_PHOTO : Refusal.UNSUPPORTED_TYPE);
    }

    /** Images people commonly send that we cannot clean of metadata reliably, so we ask for JPG or PNG. */
    private static boolean isOtherImage(byte[] bytes) {
        return startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))
                || isIsoMediaImage(bytes)
                || startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))
                || startsWith(bytes, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(bytes, 0, new byte[] {'M', 'M', 0, 42})
                || startsWith(bytes, 0, ascii("BM"));
    }

    /** HEIC, HEIF and AVIF: an ISO base media file whose brand names an image. */
    private static boolean isIsoMediaImage(byte[] bytes) {
        if (!startsWith(bytes, 4, ascii("ftyp")) || bytes.length < 12) {
            return false;
        }
        String brand = new String(bytes, 8, 4, StandardCharsets.US_ASCII);
        return switch (brand) {
            case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis" -> true;
            default -> false;
        };
    }

    static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
