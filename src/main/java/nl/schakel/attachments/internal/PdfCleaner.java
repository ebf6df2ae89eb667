package nl.schakel.attachments.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Cleans a PDF with Apache PDFBox: removes JavaScript (document, page, annotation, form and outline
 * actions), automatic and open actions, actions other than moving within the document or opening a web
 * address, embedded files (also as file-attachment and media annotations), XFA forms, the Info dictionary,
 * XMP metadata and private application data, and writes the document anew, which also drops earlier
 * revisions kept by incremental updates. The cleaned file is parsed again and checked; a PDF that still
 * holds any of it, that needs a password, or that PDFBox cannot read is refused. Everything happens in
 * memory (no temporary files: the content must not reach the disk unsealed).
 */
final class PdfCleaner {

    /** More than enough for a 10 MB file; bounds what a crafted file can make PDFBox buffer. */
    private static final long MEMORY_LIMIT = 256L * 1024 * 1024;

    /** Keys whose values are scripts, automatic actions, embedded files or metadata, wherever they occur. */
    private static final Set<COSName> REMOVED = Set.of(COSName.OPEN_ACTION, COSName.AA, COSName.JS,
            COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF, COSName.METADATA, COSName.getPDFName("XFA"),
            COSName.getPDFName("PieceInfo"), COSName.getPDFName("RichMediaContent"));
    /** Actions that may stay: going to a place in the document, opening a web address (only when clicked). */
    private static final Set<COSName> KEPT_ACTIONS = Set.of(COSName.getPDFName("GoTo"), COSName.URI);
    /** Annotations that carry files or media. */
    private static final Set<COSName> REMOVED_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("RichMedia"), COSName.getPDFName("Screen"), COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"));

    private PdfCleaner() {
    }

    /** @throws FileRefused when the PDF cannot be read, needs a password, or cannot be cleaned */
    static byte[] clean(byte[] pdf) {
        byte[] cleaned;
        try (PDDocument document = load(pdf)) {
            if (document.isEncrypted()) {
                // Readable without a password (only an owner password): save it without the encryption.
                document.setAllSecurityToBeRemoved(true);
            }
            walk(document.getDocument().getTrailer(), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            cleaned = out.toByteArray();
        } catch (InvalidPasswordException e) {
            throw new FileRefused(Refusal.PDF_PROTECTED);
        } catch (IOException | RuntimeException e) {
            throw new FileRefused(Refusal.DAMAGED);
        }
        try (PDDocument check = load(cleaned)) {
            if (check.isEncrypted() || walk(check.getDocument().getTrailer(), false) > 0) {
                throw new FileRefused(Refusal.PDF_NOT_CLEANABLE);
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof FileRefused refused ? refused : new FileRefused(Refusal.PDF_NOT_CLEANABLE);
        }
        return cleaned;
    }

    private static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MEMORY_LIMIT).streamCache);
    }

    /**
     * Visits every object reachable from the trailer once and counts what must go; removes it when asked.
     */
    static int walk(COSDictionary trailer, boolean remove) {
        int found = 0;
        if (trailer.containsKey(COSName.INFO)) {
            found++;
            if (remove) {
                trailer.removeItem(COSName.INFO);
            }
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase item = resolve(todo.pop());
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                for (COSName key : new ArrayList<>(dictionary.keySet())) {
                    COSBase value = resolve(dictionary.getItem(key));
                    if (unwanted(key, value)) {
                        found++;
                        if (remove) {
                            dictionary.removeItem(key);
                        }
                        continue;
                    }
                    if (COSName.ANNOTS.equals(key) && value instanceof COSArray annotations) {
                        found += dropFileAnnotations(annotations, remove);
                    }
                    todo.push(dictionary.getItem(key));
                }
            } else if (item instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(array.get(i));
                }
            }
        }
        return found;
    }

    private static boolean unwanted(COSName key, @Nullable COSBase value) {
        if (REMOVED.contains(key)) {
            return true;
        }
        boolean action = value instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S);
        if (COSName.NEXT.equals(key) && action) {
            return true;
        }
        return COSName.A.equals(key) && action
                && !KEPT_ACTIONS.contains(((COSDictionary) value).getCOSName(COSName.S));
    }

    private static int dropFileAnnotations(COSArray annotations, boolean remove) {
        int found = 0;
        for (int i = annotations.size() - 1; i >= 0; i--) {
            if (resolve(annotations.get(i)) instanceof COSDictionary annotation
                    && REMOVED_ANNOTATIONS.contains(annotation.getCOSName(COSName.SUBTYPE))) {
                found++;
                if (remove) {
                    annotations.remove(i);
                }
            }
        }
        return found;
    }

    private static @Nullable COSBase resolve(@Nullable COSBase item) {
        return item instanceof COSObject indirect ? indirect.getObject() : item;
    }
}
