package nl.schakel.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.schakel.sealing.SealingException;
import nl.schakel.testing.SchakelIntegrationTest;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SchakelIntegrationTest
class AttachmentsIntegrationTests {

    private static final String SIGNAL = "SIGNAL";

    @Autowired
    Attachments attachments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MessageSource messages;

    private final UUID signal = UUID.randomUUID();

    @Test
    void storesCleanedFilesAndGivesThemBackInOrder() throws IOException {
        List<AttachmentInfo> stored = attachments.store(SIGNAL, signal, List.of(
                new Upload("IMG_0042.JPG", TestFiles.jpegFromAPhone(64, 48, 1)),
                new Upload("", new byte[0]),
                new Upload("schermafbeelding.png", TestFiles.png(20, 10)),
                new Upload("C:\\Users\\melder\\loonstrook.pdf", TestFiles.pdf("Loonstrook"))));

        assertThat(attachments.list(SIGNAL, signal)).containsExactlyElementsOf(stored);
        assertThat(stored).extracting(AttachmentInfo::filename)
                .containsExactly("IMG_0042.JPG", "schermafbeelding.png", "loonstrook.pdf");
        assertThat(stored).extracting(AttachmentInfo::contentType)
                .containsExactly("image/jpeg", "image/png", "application/pdf");

        AttachmentContent photo = attachments.read(stored.get(0).id(), SIGNAL, signal);
        assertThat(photo.info()).isEqualTo(stored.get(0));
        assertThat(photo.bytes()).hasSize((int) stored.get(0).size());
        assertThat(TestFiles.contains(photo.bytes(), TestFiles.CANARY)).isFalse();
        JpegImageMetadata metadata = (JpegImageMetadata) Imaging.getMetadata(photo.bytes());
        assertThat(metadata == null || metadata.getExif() == null || metadata.getExif().getGpsInfo() == null).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
        // PDFs are written anew by the cleaner: the same page, not the same bytes.
        try (PDDocument pdf = Loader.loadPDF(attachments.read(stored.get(2).id(), SIGNAL, signal).bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Loonstrook");
        }
    }

    @Test
    void aFileIsReadOnlyThroughItsOwnOwner() {
        AttachmentId id = storeOne(TestFiles.png(4, 4)).id();

        assertThatThrownBy(() -> attachments.read(id, SIGNAL, UUID.randomUUID()))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.read(id, "CASE", signal)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attachments.read(new AttachmentId(UUID.randomUUID()), SIGNAL, signal))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(attachments.list(SIGNAL, UUID.randomUUID())).isEmpty();
        assertThat(attachments.read(id, SIGNAL, signal).bytes()).isNotEmpty();
    }

    @Test
    void aRowMovedToAnotherOwnerOrGivenAnotherTypeInTheDatabaseDoesNotUnseal() {
        AttachmentId moved = storeOne(TestFiles.pdf("x")).id();
        AttachmentId retyped = storeOne(TestFiles.pdf("y")).id();
        UUID otherSignal = UUID.randomUUID();

        jdbc.sql("update attachment set owner_id = ? where id = ?").params(otherSignal, moved.value()).update();
        jdbc.sql("update attachment set content_type = 'image/png' where id = ?").param(retyped.value()).update();

        assertThatThrownBy(() -> attachments.read(moved, SIGNAL, otherSignal)).isInstanceOf(SealingException.class);
        assertThatThrownBy(() -> attachments.list(SIGNAL, otherSignal)).isInstanceOf(SealingException.class);
        assertThatThrownBy(() -> attachments.read(retyped, SIGNAL, signal)).isInstanceOf(SealingException.class);
    }

    @Test
    void theDatabaseHoldsNeitherTheContentNorTheNameInPlain() {
        String marker = "MARKER-" + UUID.randomUUID();
        storeOne("aangifte-" + marker + ".pdf", TestFiles.pdf(marker));

        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        int plainRows = jdbc.sql("""
                select count(*) from attachment
                where owner_id = ? and (position(? in sealed_content) > 0 or position(? in sealed_filename) > 0)""")
                .params(signal, needle, needle).query(Integer.class).single();
        byte[] raw = jdbc.sql("select sealed_content from attachment where owner_id = ?").param(signal)
                .query(byte[].class).single();

        assertThat(plainRows).isZero();
        assertThat(TestFiles.contains(raw, marker)).isFalse();
        assertThat(TestFiles.contains(attachments.read(attachments.list(SIGNAL, signal).get(0).id(), SIGNAL, signal)
                .bytes(), marker)).isTrue();
    }

    @Test
    void oneRefusedFileRefusesAllAndNothingIsStored() {
        assertRejected(List.of(new Upload("foto.png", TestFiles.png(4, 4)),
                new Upload("foto.jpg", TestFiles.ascii("MZ\u0090\0\3\0\0\0This program cannot be run in DOS mode"))),
                "attachment.unsupportedType", "foto.jpg");
        assertRejected(List.of(new Upload("foto.png", TestFiles.png(4, 4)),
                new Upload("pagina.jpg", TestFiles.ascii("<!DOCTYPE html><script>alert(1)</script>"))),
                "attachment.unsupportedType", "pagina.jpg");
        assertRejected(List.of(new Upload("foto.heic", TestFiles.ascii("\0\0\0\u0018ftypheic\0\0\0\0mif1heic"))),
                "attachment.unsupportedPhoto", "foto.heic");
    }

    @Test
    void refusesMoreThanFiveFiles() {
        List<Upload> six = new ArrayList<>();
        for (int i = 0; i < Attachments.MAX_FILES + 1; i++) {
            six.add(new Upload("scan-" + i + ".pdf", TestFiles.pdf("x")));
        }

        assertRejected(six, "attachment.tooMany", "");
        assertThat(attachments.store(SIGNAL, signal, six.subList(0, Attachments.MAX_FILES))).hasSize(5);
    }

    @Test
    void refusesAFileOfMoreThanTenMegabytes() {
        byte[] tooLarge = new byte[(int) Attachments.MAX_BYTES + 1];

        assertRejected(List.of(new Upload("klein.pdf", TestFiles.pdf("x")), new Upload("groot.jpg", tooLarge)),
                "attachment.tooLarge", "groot.jpg");
        assertThat(storeOne(TestFiles.pdfOfSize((int) Attachments.MAX_BYTES)).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void storesTogetherWithTheCallersWorkOrNotAtAll() {
        TransactionTemplate callers = new TransactionTemplate(transactions);

        callers.executeWithoutResult(status -> {
            attachments.store(SIGNAL, signal, List.of(new Upload("a.pdf", TestFiles.pdf("x"))));
            status.setRollbackOnly(); // e.g. storing the signal itself failed
        });

        assertThat(attachments.list(SIGNAL, signal)).isEmpty();
    }

    @Test
    void deletesAllFilesOfAnOwnerOnly() {
        storeOne(TestFiles.pdf("x"));
        storeOne(TestFiles.pdf("y"));
        UUID otherSignal = UUID.randomUUID();
        attachments.store(SIGNAL, otherSignal, List.of(new Upload("z.pdf", TestFiles.pdf("z"))));

        assertThat(attachments.deleteAll(SIGNAL, signal)).isEqualTo(2);

        assertThat(attachments.list(SIGNAL, signal)).isEmpty();
        assertThat(attachments.list(SIGNAL, otherSignal)).hasSize(1);
    }

    @Test
    void refusalsHaveTextsInDutchAndEnglish() {
        Object[] file = {"foto.heic"};

        assertThat(messages.getMessage("attachment.unsupportedPhoto", file, Locale.forLanguageTag("nl")))
                .startsWith("De foto foto.heic ");
        assertThat(messages.getMessage("attachment.unsupportedType", file, Locale.ENGLISH))
                .startsWith("We cannot accept the file foto.heic.");
        assertThat(messages.getMessage("attachment.unsupportedType", file, Locale.forLanguageTag("nl")))
                .contains("foto's");
    }

    private AttachmentInfo storeOne(byte[] bytes) {
        return storeOne("bestand", bytes);
    }

    private AttachmentInfo storeOne(String filename, byte[] bytes) {
        return attachments.store(SIGNAL, signal, List.of(new Upload(filename, bytes))).get(0);
    }

    private void assertRejected(List<Upload> uploads, String key, String filename) {
        assertThatThrownBy(() -> attachments.store(SIGNAL, signal, uploads))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.filename()).isEqualTo(filename);
                });
        assertThat(attachments.list(SIGNAL, signal)).isEmpty();
        assertThat(jdbc.sql("select count(*) from attachment where owner_id = ?").param(signal)
                .query(Integer.class).single()).isZero();
    }
}
