package nl.schakel.attachments.internal;

import java.util.ArrayList;
import java.util.List;

import nl.schakel.attachments.AttachmentRejectedException;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.TestFiles;
import nl.schakel.attachments.Upload;
import org.junit.jupiter.api.Test;

import static nl.schakel.attachments.TestFiles.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentRulesTests {

    @Test
    void cleansEveryAcceptedFileAndDecidesItsTypeByContent() {
        List<CleanFile> files = AttachmentRules.check(List.of(
                new Upload("vakantie.png", TestFiles.jpegFromAPhone(32, 32, 1)),
                new Upload("", TestFiles.png(8, 8)),
                new Upload("leeg.jpg", new byte[0]),
                new Upload("contract.pdf", TestFiles.pdf("x"))));

        assertThat(files).extracting(CleanFile::filename)
                .containsExactly("vakantie.png.jpg", "bijlage-2.png", "contract.pdf");
        assertThat(files).extracting(CleanFile::type).containsExactly(FileType.JPEG, FileType.PNG, FileType.PDF);
        assertThat(TestFiles.contains(files.get(0).bytes(), TestFiles.CANARY)).isFalse();
    }

    @Test
    void acceptsFiveFilesAndIgnoresEmptyOnes() {
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < Attachments.MAX_FILES; i++) {
            uploads.add(new Upload("scan.pdf", TestFiles.pdf("x")));
            uploads.add(new Upload("", new byte[0]));
        }

        assertThat(AttachmentRules.check(uploads)).hasSize(Attachments.MAX_FILES);
    }

    @Test
    void refusesASixthFile() {
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i <= Attachments.MAX_FILES; i++) {
            uploads.add(new Upload("scan.pdf", TestFiles.pdf("x")));
        }

        assertRefused(uploads, "attachment.tooMany", "");
    }

    @Test
    void refusesAFileOfMoreThanTenMegabytesBeforeLookingAtIt() {
        byte[] tooLarge = new byte[(int) Attachments.MAX_BYTES + 1];

        assertRefused(List.of(new Upload("groot.jpg", tooLarge)), "attachment.tooLarge", "groot.jpg");
        assertThat(AttachmentRules.check(List.of(new Upload("precies.pdf", TestFiles.pdfOfSize(
                (int) Attachments.MAX_BYTES))))).singleElement()
                .satisfies(file -> assertThat(file.type()).isEqualTo(FileType.PDF));
    }

    @Test
    void namesTheRefusedFileCleaned() {
        assertRefused(List.of(new Upload("ok.png", TestFiles.png(4, 4)),
                        new Upload("C:\\tmp\\virus\u202E.jpg", ascii("MZ\u0090\0program"))),
                "attachment.unsupportedType", "virus.jpg");
        assertRefused(List.of(new Upload("", ascii("<html></html>"))), "attachment.unsupportedType", "bijlage-1");
    }

    @Test
    void refusesImagesThatOnlyLookLikeImages() {
        byte[] noRows = TestFiles.jpeg(16, 16);
        int frame = indexOfMarker(noRows, 0xc0);
        noRows[frame + 5] = 0; // the frame header's height: 0 lines
        noRows[frame + 6] = 0;
        byte[] header = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9};

        assertRefused(List.of(new Upload("leeg.jpg", header)), "attachment.damaged", "leeg.jpg");
        assertRefused(List.of(new Upload("kapot.jpg", noRows)), "attachment.damaged", "kapot.jpg");
        assertThat(AttachmentRules.check(List.of(new Upload("heel.jpg", TestFiles.jpeg(16, 16))))).hasSize(1);
    }

    @Test
    void refusesImagesWithMorePixelsThanAnyPhone() {
        byte[] png = TestFiles.png(1, 1);
        // IHDR says 10000 x 10000; the checksum is corrected so only the size is wrong
        byte[] huge = withIhdrSize(png, 10_000, 10_000);

        assertRefused(List.of(new Upload("groot.png", huge)), "attachment.tooManyPixels", "groot.png");
    }

    private static int indexOfMarker(byte[] jpeg, int marker) {
        for (int i = 0; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == marker) {
                return i;
            }
        }
        throw new IllegalArgumentException("no such marker");
    }

    private static byte[] withIhdrSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(copy);
        buffer.putInt(16, width).putInt(20, height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(copy, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return copy;
    }

    private static void assertRefused(List<Upload> uploads, String key, String filename) {
        assertThatThrownBy(() -> AttachmentRules.check(uploads))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.filename()).isEqualTo(filename);
                    assertThat(e.getMessage()).isEqualTo(key);
                });
    }
}
