package nl.schakel.attachments.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.schakel.attachments.TestFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDFs lose scripts, automatic actions, embedded files and metadata, and keep their pages. */
class PdfCleanerTests {

    private static final String AUTHOR = "Jan Jansen";
    private static final String SCRIPT = "app.alert('" + TestFiles.CANARY + "')";

    @Test
    void removesJavaScriptOpenActionsEmbeddedFilesAndMetadataAndKeepsThePage() throws Exception {
        byte[] original = loaded();
        assertThat(ascii(original)).contains(AUTHOR).contains("app.alert").contains("ingesloten-" + TestFiles.CANARY);

        byte[] cleaned = PdfCleaner.clean(original);

        assertThat(ascii(cleaned)).doesNotContain(AUTHOR).doesNotContain("app.alert")
                .doesNotContain(TestFiles.CANARY).startsWith("%PDF-");
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            assertThat(catalog.getCOSObject().containsKey(COSName.AA)).isFalse();
            assertThat(catalog.getMetadata()).isNull();
            assertThat(document.getDocument().getTrailer().containsKey(COSName.INFO)).isFalse();
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null) {
                assertThat(names.getJavaScript()).isNull();
                assertThat(names.getEmbeddedFiles()).isNull();
            }
            PDPage page = document.getPage(0);
            assertThat(page.getCOSObject().containsKey(COSName.AA)).isFalse();
            List<PDAnnotation> annotations = page.getAnnotations();
            assertThat(annotations).hasSize(2).allSatisfy(annotation -> {
                assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                assertThat(annotation.getCOSObject().containsKey(COSName.AA)).isFalse();
            });
            // The web link stays; the link that ran a script lost its action.
            assertThat(((PDAnnotationLink) annotations.get(0)).getAction()).isInstanceOf(PDActionURI.class);
            assertThat(((PDAnnotationLink) annotations.get(1)).getAction()).isNull();
            assertThat(new PDFTextStripper().getText(document)).contains("Loonstrook");
        }
        assertThat(PdfCleaner.walk(Loader.loadPDF(cleaned).getDocument().getTrailer(), false)).isZero();
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedWithItsOwnReason() throws Exception {
        byte[] locked = protectedWith("geheim");

        assertThatThrownBy(() -> PdfCleaner.clean(locked)).isInstanceOfSatisfying(FileRefused.class,
                e -> assertThat(e.reason()).isEqualTo(Refusal.PDF_PROTECTED));
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsSavedWithoutEncryption() throws Exception {
        byte[] cleaned = PdfCleaner.clean(protectedWith(""));

        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertThat(document.isEncrypted()).isFalse();
            assertThat(new PDFTextStripper().getText(document)).contains("Loonstrook");
        }
    }

    @Test
    void theHandMadeTestPdfIsCleanedAndStillReadable() throws Exception {
        byte[] cleaned = PdfCleaner.clean(TestFiles.pdf("Hallo"));

        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void somethingThatIsNoPdfIsRefusedAsDamaged() {
        assertThatThrownBy(() -> PdfCleaner.clean(TestFiles.ascii("%PDF-1.4\n<html></html>\n%%EOF\n")))
                .isInstanceOfSatisfying(FileRefused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.DAMAGED));
    }

    /** A PDF with everything a cleaner must remove, built with PDFBox; streams unfiltered so bytes can be searched. */
    private static byte[] loaded() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = page(document);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setOpenAction(new PDActionJavaScript(SCRIPT));
            PDDocumentCatalogAdditionalActions documentActions = catalog.getActions();
            documentActions.setWC(new PDActionJavaScript(SCRIPT));

            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript(SCRIPT)));
            PDEmbeddedFile embedded = new PDEmbeddedFile(document,
                    new ByteArrayInputStream(("ingesloten-" + TestFiles.CANARY).getBytes(StandardCharsets.US_ASCII)));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("paspoort.txt");
            file.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("paspoort.txt", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setJavascript(scripts);
            names.setEmbeddedFiles(files);
            catalog.setNames(names);

            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript(SCRIPT));
            page.setActions(pageActions);

            PDAnnotationLink web = new PDAnnotationLink();
            web.setRectangle(new PDRectangle(72, 600, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/");
            web.setAction(uri);
            PDAnnotationLink scripted = new PDAnnotationLink();
            scripted.setRectangle(new PDRectangle(72, 560, 100, 20));
            scripted.setAction(new PDActionJavaScript(SCRIPT));
            PDAnnotationAdditionalActions annotationActions = new PDAnnotationAdditionalActions();
            annotationActions.setE(new PDActionJavaScript(SCRIPT));
            scripted.getCOSObject().setItem(COSName.AA, annotationActions);
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 520, 20, 20));
            attachment.setFile(file);
            page.setAnnotations(List.of(web, scripted, attachment));

            PDDocumentInformation information = new PDDocumentInformation();
            information.setAuthor(AUTHOR);
            information.setCreator("Scanner van " + AUTHOR);
            document.setDocumentInformation(information);
            String xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>" + AUTHOR + "</dc:creator></x:xmpmeta>";
            catalog.setMetadata(new PDMetadata(document,
                    new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
            return save(document);
        }
    }

    private static byte[] protectedWith(String userPassword) throws Exception {
        try (PDDocument document = new PDDocument()) {
            page(document);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    private static PDPage page(PDDocument document) throws Exception {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 720);
            content.showText("Loonstrook");
            content.endText();
        }
        return page;
    }

    private static byte[] save(PDDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
