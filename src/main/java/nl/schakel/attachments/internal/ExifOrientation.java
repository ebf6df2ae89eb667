package nl.schakel.attachments.internal;

/**
 * Reads the orientation tag from an EXIF block, and writes an EXIF block holding nothing else. Kept
 * apart from the JPEG cleaner because it parses TIFF structures, which come in two byte orders.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int ENTRY_SIZE = 12;

    private ExifOrientation() {
    }

    /**
     * @param tiff where the TIFF header starts (after "Exif\0\0")
     * @param end the end of the EXIF segment
     * @return the orientation (1 to 8), or 1 when it is absent or unreadable
     */
    static int read(byte[] bytes, int tiff, int end) {
        if (end - tiff < 8) {
            return 1;
        }
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        boolean big = bytes[tiff] == 'M' && bytes[tiff + 1] == 'M';
        if (!little && !big || u16(bytes, tiff + 2, little) != 42) {
            return 1;
        }
        long ifd = tiff + u32(bytes, tiff + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int count = u16(bytes, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + i * ENTRY_SIZE;
            if (entry + ENTRY_SIZE > end) {
                return 1;
            }
            if (u16(bytes, entry, little) == ORIENTATION_TAG && u16(bytes, entry + 2, little) == TYPE_SHORT) {
                int value = u16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** A complete APP1 segment: "Exif", a big-endian TIFF header and one directory with one entry. */
    static byte[] segment(int orientation) {
        return new byte[] {
            (byte) 0xff, (byte) 0xe1, 0, 34,
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, TYPE_SHORT, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0
        };
    }

    private static int u16(byte[] b, int pos, boolean little) {
        int first = b[pos] & 0xff;
        int second = b[pos + 1] & 0xff;
        return little ? (second << 8) | first : (first << 8) | second;
    }

    private static long u32(byte[] b, int pos, boolean little) {
        long high = u16(b, little ? pos + 2 : pos, little);
        long low = u16(b, little ? pos : pos + 2, little);
        return (high << 16) | low;
    }
}
