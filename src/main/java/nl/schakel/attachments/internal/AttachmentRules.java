package nl.schakel.attachments.internal;

import java.util.ArrayList;
import java.util.List;

import nl.schakel.attachments.AttachmentRejectedException;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.Upload;

/**
 * Applies the rules to the files sent together: at most {@link Attachments#MAX_FILES} non-empty files
 * of at most {@link Attachments#MAX_BYTES} each, an accepted type by content, and metadata removed. All
 * files are checked before any is stored, so one refused file refuses them all.
 */
final class AttachmentRules {

    private AttachmentRules() {
    }

    /** @throws AttachmentRejectedException naming the first file refused */
    static List<CleanFile> check(List<Upload> uploads) {
        List<Upload> files = uploads.stream().filter(upload -> upload.bytes().length > 0).toList();
        if (files.size() > Attachments.MAX_FILES) {
            throw new AttachmentRejectedException(Refusal.TOO_MANY.messageKey(), "");
        }
        List<CleanFile> cleaned = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            cleaned.add(check(files.get(i), i + 1));
        }
        return cleaned;
    }

    private static CleanFile check(Upload upload, int position) {
        try {
            if (upload.bytes().length > Attachments.MAX_BYTES) {
                throw new FileRefused(Refusal.TOO_LARGE);
            }
            FileType type = FileTypes.detect(upload.bytes());
            return new CleanFile(Filenames.clean(upload.filename(), position, type), type,
                    clean(upload.bytes(), type));
        } catch (FileRefused e) {
            throw new AttachmentRejectedException(e.reason().messageKey(),
                    Filenames.forRefusal(upload.filename(), position));
        }
    }

    private static byte[] clean(byte[] bytes, FileType type) {
        return switch (type) {
            case JPEG -> decodable(JpegCleaner.clean(bytes), type);
            case PNG -> decodable(PngCleaner.clean(bytes), type);
            case PDF -> PdfCleaner.clean(PdfCheck.check(bytes));
        };
    }

    private static byte[] decodable(byte[] image, FileType type) {
        ImageCheck.requireDecodable(image, type);
        return image;
    }
}
