package nl.schakel.attachments.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import nl.schakel.attachments.TestFiles;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JpegCleanerTests {

    @Test
    void thePlantedMetadataIsReallyThereBeforeCleaning() throws IOException {
        byte[] original = TestFiles.jpegFromAPhone(64, 48, 6);

        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(original);

        assertThat(metadata.getExif().getGpsInfo()).isNotNull();
        assertThat(Imaging.getXmpXml(original)).contains(TestFiles.CANARY);
        assertThat(TestFiles.contains(original, TestFiles.CANARY)).isTrue();
    }

    @Test
    void removesGpsExifXmpIptcCommentsAndTrailingDataButKeepsTheImage() throws IOException {
        byte[] original = TestFiles.jpegFromAPhone(64, 48, 1);

        byte[] cleaned = JpegCleaner.clean(original);

        assertThat(TestFiles.contains(cleaned, TestFiles.CANARY)).isFalse();
        assertThat(TestFiles.contains(cleaned, "PhoneMaker")).isFalse();
        assertThat(TestFiles.contains(cleaned, "2026:11:01")).isFalse();
        ImageMetadata metadata = Imaging.getMetadata(cleaned);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
        assertThat(Imaging.getXmpXml(cleaned)).isNull();
        assertThat(cleaned[cleaned.length - 2] & 0xff).isEqualTo(0xff);
        assertThat(cleaned[cleaned.length - 1] & 0xff).isEqualTo(0xd9);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void keepsTheOrientationAloneSoAPhotoStillShowsUpright() throws IOException {
        byte[] cleaned = JpegCleaner.clean(TestFiles.jpegFromAPhone(64, 48, 6));

        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(cleaned);
        TiffField orientation = metadata.findExifValueWithExactMatch(TiffTagConstants.TIFF_TAG_ORIENTATION);

        assertThat(orientation.getIntValue()).isEqualTo(6);
        assertThat(metadata.getExif().getGpsInfo()).isNull();
        assertThat(metadata.getExif().getAllFields()).hasSize(1);
        assertThat(TestFiles.contains(cleaned, TestFiles.CANARY)).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getWidth()).isEqualTo(64);
    }

    @Test
    void leavesTheCompressedImageUntouched() {
        byte[] plain = TestFiles.jpeg(40, 30);

        byte[] cleaned = JpegCleaner.clean(plain);

        assertThat(cleaned).isEqualTo(plain); // ImageIO writes only JFIF (no thumbnail) and image data
    }

    @Test
    void keepsProgressiveJpegsWhoseScansAreSeparatedByTables() throws IOException {
        BufferedImage source = ImageIO.read(new ByteArrayInputStream(TestFiles.jpeg(80, 60)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(source, null, null), param);
        }
        writer.dispose();
        byte[] progressive = TestFiles.concat(out.toByteArray(), TestFiles.ascii(TestFiles.CANARY));

        byte[] cleaned = JpegCleaner.clean(progressive);

        assertThat(cleaned).isEqualTo(out.toByteArray());
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned)).getHeight()).isEqualTo(60);
    }

    @Test
    void refusesABrokenSegmentStructure() {
        byte[] plain = TestFiles.jpeg(40, 30);

        assertDamaged(Arrays.copyOf(plain, plain.length / 2)); // cut off: no end marker
        assertDamaged(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0x7f, 0x7f, 1, 2});
        assertDamaged(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9});
        assertDamaged(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});
    }

    private static void assertDamaged(byte[] jpeg) {
        assertThatThrownBy(() -> JpegCleaner.clean(jpeg)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.reason()).isEqualTo(Refusal.DAMAGED));
    }
}
