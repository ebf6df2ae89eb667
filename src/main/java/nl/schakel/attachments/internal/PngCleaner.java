package nl.schakel.attachments.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Removes metadata from a PNG without re-encoding it, by copying only the chunks needed to show the
 * image correctly: the critical ones (IHDR, PLTE, IDAT, IEND) and those that affect colours and
 * transparency or size on paper. Text (tEXt, zTXt, iTXt), EXIF (eXIf), time (tIME), animation frames and
 * every private chunk are dropped, and so is anything after IEND. Every chunk's checksum is verified.
 */
final class PngCleaner {

    private static final int SIGNATURE_LENGTH = 8;
    private static final int IHDR_LENGTH = 13;
    private static final Set<String> CRITICAL = Set.of("IHDR", "PLTE", "IDAT", "IEND");
    private static final Set<String> DISPLAY = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs",
            "bKGD");

    private PngCleaner() {
    }

    /** @throws FileRefused when the chunk structure is broken or a checksum does not match */
    static byte[] clean(byte[] png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, SIGNATURE_LENGTH);
        int pos = SIGNATURE_LENGTH;
        boolean first = true;
        while (true) {
            if (pos + 12 > png.length) {
                throw damaged(); // no IEND
            }
            long length = u32(png, pos);
            if (length > png.length - pos - 12L) {
                throw damaged();
            }
            String type = chunkType(png, pos + 4);
            int end = pos + 12 + (int) length;
            requireIntact(png, pos + 4, end - 4);
            if (first && (!type.equals("IHDR") || length != IHDR_LENGTH)) {
                throw damaged();
            }
            if (CRITICAL.contains(type) || DISPLAY.contains(type)) {
                out.write(png, pos, end - pos);
            } else if (Character.isUpperCase(type.charAt(0))) {
                throw damaged(); // an unknown critical chunk: no viewer may show such an image
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            first = false;
            pos = end;
        }
    }

    private static String chunkType(byte[] png, int pos) {
        for (int i = pos; i < pos + 4; i++) {
            char c = (char) (png[i] & 0xff);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                throw damaged();
            }
        }
        return new String(png, pos, 4, StandardCharsets.US_ASCII);
    }

    /** The checksum after a chunk's data covers its type and data. */
    private static void requireIntact(byte[] png, int from, int crcAt) {
        CRC32 crc = new CRC32();
        crc.update(png, from, crcAt - from);
        if (crc.getValue() != u32(png, crcAt)) {
            throw damaged();
        }
    }

    private static long u32(byte[] b, int pos) {
        return ((long) (b[pos] & 0xff) << 24) | ((b[pos + 1] & 0xff) << 16) | ((b[pos + 2] & 0xff) << 8)
                | (b[pos + 3] & 0xff);
    }

    private static FileRefused damaged() {
        return new FileRefused(Refusal.DAMAGED);
    }
}
