package nl.schakel.attachments.internal;

import nl.schakel.attachments.TestFiles;
import org.junit.jupiter.api.Test;

import static nl.schakel.attachments.TestFiles.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfCheckTests {

    @Test
    void acceptsAPdfAsItIs() {
        byte[] pdf = TestFiles.pdf("Hallo");

        assertThat(PdfCheck.check(pdf)).isEqualTo(pdf);
    }

    @Test
    void cutsOffWhatIsHiddenAfterTheEndMarker() {
        byte[] pdf = TestFiles.pdf("Hallo");

        byte[] checked = PdfCheck.check(TestFiles.concat(pdf, ascii("PK\3\4" + TestFiles.CANARY)));

        assertThat(checked).isEqualTo(pdf);
    }

    @Test
    void refusesFilesThatOnlyStartLikeAPdf() {
        assertDamaged(ascii("%PDF-1.4\n<html><script>alert(1)</script></html>"));
        assertDamaged(ascii("%PDF-x\n%%EOF"));
        byte[] endMarkerFarFromTheEnd = TestFiles.concat(TestFiles.pdf("x"), new byte[2048]);
        assertDamaged(endMarkerFarFromTheEnd);
    }

    private static void assertDamaged(byte[] pdf) {
        assertThatThrownBy(() -> PdfCheck.check(pdf)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.reason()).isEqualTo(Refusal.DAMAGED));
    }
}
