package nl.schakel.attachments.internal;

import java.io.ByteArrayOutputStream;

/**
 * Removes metadata from a JPEG without re-encoding it, by rewriting its segment stream. Kept: the
 * segments needed to decode and display the image (quantisation and Huffman tables, frame and scan
 * headers with their data, restart interval, ICC colour profile, Adobe colour transform) and a JFIF
 * header without thumbnail. Dropped: EXIF (camera, time, GPS, thumbnail), XMP, IPTC/Photoshop,
 * comments, every other application segment, and anything after the end of the image (such as the
 * extra images of a multi-picture file). The EXIF orientation survives as a new EXIF block holding only
 * that tag, so a photo taken upright still shows upright.
 */
final class JpegCleaner {

    private static final int SOI = 0xd8;
    private static final int EOI = 0xd9;
    private static final int SOS = 0xda;
    private static final int APP0 = 0xe0;
    private static final int APP1 = 0xe1;
    private static final int APP2 = 0xe2;
    private static final int APP14 = 0xee;
    private static final int APP15 = 0xef;
    private static final int COM = 0xfe;
    private static final int JFIF_FIELDS = 12;
    private static final int ADOBE_SEGMENT_LENGTH = 14;

    private final byte[] in;
    private final ByteArrayOutputStream body;
    private byte[] jfif = new byte[0];
    private int orientation = 1;

    private JpegCleaner(byte[] in) {
        this.in = in;
        this.body = new ByteArrayOutputStream(in.length);
    }

    /** @throws FileRefused when the segment structure is broken */
    static byte[] clean(byte[] jpeg) {
        return new JpegCleaner(jpeg).run();
    }

    private byte[] run() {
        if (in.length < 4 || u8(0) != 0xff || u8(1) != SOI) {
            throw damaged();
        }
        int pos = 2;
        while (true) {
            if (pos >= in.length || u8(pos) != 0xff) {
                throw damaged();
            }
            while (pos < in.length && u8(pos) == 0xff) {
                pos++; // fill bytes before a marker
            }
            if (pos >= in.length) {
                throw damaged();
            }
            int marker = u8(pos++);
            if (isStandalone(marker)) {
                throw damaged(); // a second SOI, or a restart marker outside a scan
            }
            if (marker == EOI) {
                body.write(0xff);
                body.write(EOI);
                return assemble();
            }
            pos = segment(marker, pos);
        }
    }

    /** Handles the segment whose length field starts at {@code pos}; returns where the next marker starts. */
    private int segment(int marker, int pos) {
        if (pos + 2 > in.length) {
            throw damaged();
        }
        int length = u16(pos);
        int end = pos + length;
        if (length < 2 || end > in.length) {
            throw damaged();
        }
        if (marker == SOS) {
            copy(pos - 2, end);
            int dataEnd = endOfEntropyCodedData(end);
            body.write(in, end, dataEnd - end);
            return dataEnd;
        }
        if (isDecodingSegment(marker) || marker == APP2 && hasPrefix(pos + 2, end, "ICC_PROFILE\0")
                || marker == APP14 && length == ADOBE_SEGMENT_LENGTH && hasPrefix(pos + 2, end, "Adobe")) {
            copy(pos - 2, end);
        } else if (marker == APP0 && jfif.length == 0 && length >= 2 + JFIF_FIELDS
                && hasPrefix(pos + 2, end, "JFIF\0")) {
            jfif = jfifWithoutThumbnail(pos + 2);
        } else if (marker == APP1 && orientation == 1 && hasPrefix(pos + 2, end, "Exif\0\0")) {
            orientation = ExifOrientation.read(in, pos + 8, end);
        } else if (!(marker >= APP0 && marker <= APP15 || marker == COM)) {
            throw damaged(); // JPEG extensions and hierarchical mode, which no browser shows
        }
        return end;
    }

    private static boolean isStandalone(int marker) {
        return marker == SOI || marker == 0x00 || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7;
    }

    private static boolean isDecodingSegment(int marker) {
        return marker == 0xdb // DQT
                || marker == 0xc4 // DHT
                || marker == 0xcc // DAC
                || marker == 0xdd // DRI
                || marker == 0xdc // DNL
                || marker >= 0xc0 && marker <= 0xcf && marker != 0xc8; // SOFn; C8 is reserved
    }

    /** Scans entropy-coded data: 0xFF is followed by 0x00 (stuffing) or a restart marker inside it. */
    private int endOfEntropyCodedData(int pos) {
        int i = pos;
        while (i < in.length) {
            if (u8(i) == 0xff) {
                if (i + 1 >= in.length) {
                    throw damaged();
                }
                int next = u8(i + 1);
                if (next == 0x00 || next >= 0xd0 && next <= 0xd7) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw damaged();
    }

    private byte[] jfifWithoutThumbnail(int payload) {
        byte[] segment = new byte[4 + JFIF_FIELDS + 2];
        segment[0] = (byte) 0xff;
        segment[1] = (byte) APP0;
        segment[3] = (byte) (segment.length - 2);
        System.arraycopy(in, payload, segment, 4, JFIF_FIELDS); // "JFIF\0", version, units, densities
        return segment; // thumbnail width and height stay 0
    }

    private byte[] assemble() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 64);
        out.write(0xff);
        out.write(SOI);
        out.writeBytes(jfif);
        if (orientation != 1) {
            out.writeBytes(ExifOrientation.segment(orientation));
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private boolean hasPrefix(int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (in[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void copy(int from, int to) {
        body.write(in, from, to - from);
    }

    private int u8(int pos) {
        return in[pos] & 0xff;
    }

    private int u16(int pos) {
        return (u8(pos) << 8) | u8(pos + 1);
    }

    private static FileRefused damaged() {
        return new FileRefused(Refusal.DAMAGED);
    }
}
