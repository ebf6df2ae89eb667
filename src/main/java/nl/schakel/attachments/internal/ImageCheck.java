package nl.schakel.attachments.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Proves that a cleaned image decodes, so that what is stored is an image and not something that only
 * starts like one. Works in memory only (ImageIO's default stream would cache the content in a
 * temporary file). Images with very many pixels are refused before decoding, because a small file can
 * unpack into gigabytes; the rest is decoded at reduced resolution to bound memory.
 */
final class ImageCheck {

    /** Far above any phone photo's normal output (12 to 50 megapixels). */
    static final long MAX_PIXELS = 50_000_000L;

    /** Decode at most about this many pixels: every byte is still read, but memory stays small. */
    private static final long DECODED_PIXELS = 4_000_000L;

    private ImageCheck() {
    }

    /** @throws FileRefused when the image has too many pixels or does not decode */
    static void requireDecodable(byte[] image, FileType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new FileRefused(Refusal.TOO_MANY_PIXELS);
            }
            decode(reader, pixels);
        } catch (IOException | RuntimeException e) {
            throw e instanceof FileRefused refused ? refused : new FileRefused(Refusal.DAMAGED);
        } finally {
            reader.dispose();
        }
    }

    private static void decode(ImageReader reader, long pixels) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        if (reader.canReadRaster()) {
            reader.readRaster(0, param); // JPEG: no colour conversion, so CMYK photos are checked too
        } else {
            reader.read(0, param);
        }
    }
}
