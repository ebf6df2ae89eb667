package nl.schakel.attachments.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import nl.schakel.attachments.TestFiles;
import org.junit.jupiter.api.Test;

import static nl.schakel.attachments.TestFiles.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngCleanerTests {

    @Test
    void dropsTextExifAndTimeChunksAndKeepsTheImage() throws IOException {
        byte[] png = TestFiles.png(50, 20);
        png = TestFiles.withPngChunk(png, "tEXt", ascii("Author\0canary"));
        png = TestFiles.withPngChunk(png, "iTXt", ascii("Description\0\0\0\0\0" + TestFiles.CANARY));
        png = TestFiles.withPngChunk(png, "zTXt", ascii("Comment\0\0xxxx"));
        png = TestFiles.withPngChunk(png, "eXIf", ascii("MM\0*" + TestFiles.CANARY));
        png = TestFiles.withPngChunk(png, "tIME", new byte[] {7, (byte) 0xea, 11, 1, 23, 12, 0});
        png = TestFiles.withPngChunk(png, "prVt", ascii(TestFiles.CANARY));
        png = TestFiles.concat(png, ascii(TestFiles.CANARY)); // after IEND
        assertThat(TestFiles.contains(png, "Author")).isTrue();

        byte[] cleaned = PngCleaner.clean(png);

        assertThat(TestFiles.contains(cleaned, "canary")).isFalse();
        assertThat(TestFiles.contains(cleaned, "Author")).isFalse();
        for (String chunk : new String[] {"tEXt", "iTXt", "zTXt", "eXIf", "tIME", "prVt"}) {
            assertThat(TestFiles.contains(cleaned, chunk)).as(chunk).isFalse();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(50);
        assertThat(image.getHeight()).isEqualTo(20);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void keepsChunksNeededToShowTheImageCorrectly() {
        byte[] png = TestFiles.withPngChunk(TestFiles.png(10, 10), "gAMA", new byte[] {0, 0, (byte) 0xb1, (byte) 0x8f});
        png = TestFiles.withPngChunk(png, "pHYs", new byte[] {0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1});

        byte[] cleaned = PngCleaner.clean(png);

        assertThat(cleaned).isEqualTo(png);
    }

    @Test
    void refusesAlteredOrIncompleteFiles() {
        byte[] png = TestFiles.png(10, 10);
        byte[] altered = png.clone();
        altered[40] ^= 0x01; // inside IDAT: the checksum no longer matches

        assertDamaged(altered);
        assertDamaged(Arrays.copyOf(png, png.length - 12)); // no IEND
        assertDamaged(TestFiles.withPngChunk(png, "XXXX", new byte[] {1})); // unknown critical chunk
        assertDamaged(Arrays.copyOf(png, 8));
    }

    private static void assertDamaged(byte[] png) {
        assertThatThrownBy(() -> PngCleaner.clean(png)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.reason()).isEqualTo(Refusal.DAMAGED));
    }
}
