package nl.schakel.attachments.internal;

import java.util.List;
import java.util.Locale;

/** The kinds of file Schakel keeps, each with the extensions that may name it. */
enum FileType {

    JPEG("image/jpeg", "jpg", "jpeg", "jpe"),
    PNG("image/png", "png"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    String contentType() {
        return contentType;
    }

    /** The extension given to a name that has none, or the wrong one. */
    String extension() {
        return extensions.get(0);
    }

    boolean isNamedBy(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }
}
