package nl.schakel.attachments.internal;

import nl.schakel.attachments.TestFiles;
import org.junit.jupiter.api.Test;

import static nl.schakel.attachments.TestFiles.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileTypesTests {

    @Test
    void recognisesAcceptedTypesByTheirFirstBytes() {
        assertThat(FileTypes.detect(TestFiles.jpeg(4, 4))).isEqualTo(FileType.JPEG);
        assertThat(FileTypes.detect(TestFiles.png(4, 4))).isEqualTo(FileType.PNG);
        assertThat(FileTypes.detect(TestFiles.pdf("x"))).isEqualTo(FileType.PDF);
    }

    @Test
    void refusesProgramsWebPagesAndOtherFilesWhateverTheyAreCalled() {
        assertRefused(ascii("MZ\u0090\0\3\0\0\0This program cannot be run in DOS mode"), Refusal.UNSUPPORTED_TYPE);
        assertRefused(ascii("<!DOCTYPE html><script>alert(1)</script>"), Refusal.UNSUPPORTED_TYPE);
        assertRefused(ascii("<svg xmlns='http://www.w3.org/2000/svg'/>"), Refusal.UNSUPPORTED_TYPE);
        assertRefused(ascii("PK\3\4zip"), Refusal.UNSUPPORTED_TYPE);
        assertRefused(ascii("  %PDF-1.7 not at the start"), Refusal.UNSUPPORTED_TYPE);
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8}, Refusal.UNSUPPORTED_TYPE);
        assertRefused(new byte[] {1}, Refusal.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesPhotosWeCannotCleanWithTheirOwnReason() {
        assertRefused(ascii("RIFF\0\0\0\0WEBPVP8 "), Refusal.UNSUPPORTED_PHOTO);
        assertRefused(ascii("\0\0\0\u0018ftypheic\0\0\0\0mif1heic"), Refusal.UNSUPPORTED_PHOTO);
        assertRefused(ascii("\0\0\0\u001cftypavif\0\0\0\0"), Refusal.UNSUPPORTED_PHOTO);
        assertRefused(ascii("GIF89a\1\0\1\0"), Refusal.UNSUPPORTED_PHOTO);
        assertRefused(ascii("II*\0\10\0\0\0"), Refusal.UNSUPPORTED_PHOTO);
        assertRefused(ascii("\0\0\0\u0018ftypisom\0\0\0\0"), Refusal.UNSUPPORTED_TYPE); // a video
    }

    private static void assertRefused(byte[] bytes, Refusal reason) {
        assertThatThrownBy(() -> FileTypes.detect(bytes)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
