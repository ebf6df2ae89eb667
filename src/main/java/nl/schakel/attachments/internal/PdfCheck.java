package nl.schakel.attachments.internal;

/**
 * Checks that a PDF is one by its header and trailer, and cuts off anything after its last end
 * marker (readers ignore it; it could hide another file). {@link PdfCleaner} then removes scripts,
 * actions, embedded files and metadata: see docs/decisions/0003-attachments.md.
 */
final class PdfCheck {

    /** The trailer must end within this many bytes of the end of the file, as readers expect. */
    private static final int TRAILER_WINDOW = 1024;
    private static final byte[] END_MARKER = FileTypes.ascii("%%EOF");

    private PdfCheck() {
    }

    /** @throws FileRefused when the header has no version or there is no end marker near the end */
    static byte[] check(byte[] pdf) {
        if (!hasVersionedHeader(pdf)) {
            throw damaged();
        }
        int marker = lastEndMarker(pdf);
        if (marker < 0) {
            throw damaged();
        }
        int end = marker + END_MARKER.length;
        if (end < pdf.length && pdf[end] == '\r') {
            end++;
        }
        if (end < pdf.length && pdf[end] == '\n') {
            end++;
        }
        return end == pdf.length ? pdf : java.util.Arrays.copyOf(pdf, end);
    }

    /** "%PDF-" followed by a version such as 1.7 or 2.0. */
    private static boolean hasVersionedHeader(byte[] pdf) {
        return FileTypes.startsWith(pdf, 0, FileTypes.ascii("%PDF-")) && pdf.length > 8
                && Character.isDigit(pdf[5]) && pdf[6] == '.' && Character.isDigit(pdf[7]);
    }

    private static int lastEndMarker(byte[] pdf) {
        int lowest = Math.max(8, pdf.length - TRAILER_WINDOW);
        for (int at = pdf.length - END_MARKER.length; at >= lowest; at--) {
            if (FileTypes.startsWith(pdf, at, END_MARKER)) {
                return at;
            }
        }
        return -1;
    }

    private static FileRefused damaged() {
        return new FileRefused(Refusal.DAMAGED);
    }
}
