package nl.schakel.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Builds the files the attachment tests send: real images with metadata planted in them. */
public final class TestFiles {

    /** Planted in every kind of metadata; must never come back out. */
    public static final String CANARY = "canary-Jan-Jansen";

    private TestFiles() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(image(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(image(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /**
     * A JPEG as a phone writes it: EXIF with camera, time, GPS position and orientation, then XMP, an
     * IPTC (Photoshop) block, a comment, and a second image appended after the end marker.
     */
    public static byte[] jpegFromAPhone(int width, int height, int orientation) {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(5.1214, 52.0907);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, CANARY);
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:11:01 23:12:00");
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
                    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + CANARY + "</dc:creator></x:xmpmeta>");
            byte[] jpeg = withXmp.toByteArray();
            jpeg = insertAfterSoi(jpeg, segment(0xed, ascii("Photoshop 3.0\0" + "8BIM" + CANARY)));
            jpeg = insertAfterSoi(jpeg, segment(0xfe, ascii("Taken by " + CANARY)));
            return concat(jpeg, jpeg(8, 8), ascii(CANARY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts a chunk right after IHDR (which is always 8 + 25 bytes into the file). */
    public static byte[] withPngChunk(byte[] png, String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(ascii(type)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int afterIhdr = 8 + 25;
        return concat(slice(png, 0, afterIhdr), chunk.array(), slice(png, afterIhdr, png.length));
    }

    /** A small but complete PDF whose page shows the given text. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
                + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                + "trailer << /Root 1 0 R /Size 5 >>\n%%EOF\n";
        return ascii(body);
    }

    /** A PDF of exactly the given size, padded with a comment before its trailer. */
    public static byte[] pdfOfSize(int size) {
        byte[] pdf = pdf("padding");
        byte[] tail = ascii("trailer << /Root 1 0 R /Size 5 >>\n%%EOF\n");
        byte[] head = slice(pdf, 0, pdf.length - tail.length);
        byte[] padding = new byte[size - pdf.length];
        java.util.Arrays.fill(padding, (byte) ' ');
        padding[0] = '%';
        padding[padding.length - 1] = '\n';
        return concat(head, padding, tail);
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xff, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        return concat(slice(jpeg, 0, 2), segment, slice(jpeg, 2, jpeg.length));
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    /** Not a flat colour, so that the encoder has real work and decoding proves something. */
    private static BufferedImage image(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
