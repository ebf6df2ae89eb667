package nl.schakel.attachments.internal;

import java.text.Normalizer;

/**
 * Makes a sender's file name fit to show: no folders, no invisible or control characters (such as the
 * right-to-left override that makes "gpj.exe" look like "exe.jpg"), limited length, and an extension
 * that matches the content. The name is only ever displayed, never used as a path.
 */
final class Filenames {

    static final int MAX_LENGTH = 100;
    private static final String GENERATED = "bijlage-";

    private Filenames() {
    }

    /**
     * @param position the file's number among the files sent together, from 1; names a nameless file
     */
    static String clean(String given, int position, FileType type) {
        String name = displayable(given);
        if (name.isEmpty()) {
            name = GENERATED + position;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && type.isNamedBy(name.substring(dot + 1))) {
            return limit(name.substring(0, dot), name.substring(dot + 1));
        }
        return limit(name, type.extension());
    }

    /** The name to mention when a file is refused: cleaned, but its extension left as it was. */
    static String forRefusal(String given, int position) {
        String name = displayable(given);
        return name.isEmpty() ? GENERATED + position : truncate(name, MAX_LENGTH);
    }

    private static String displayable(String given) {
        String name = Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c)
                .filter(Filenames::isVisible).forEach(kept::appendCodePoint);
        return kept.toString().replaceAll(" {2,}", " ").strip().replaceAll("^[. ]+|[. ]+$", "");
    }

    private static boolean isVisible(int c) {
        int category = Character.getType(c);
        return !Character.isISOControl(c) && category != Character.FORMAT && category != Character.PRIVATE_USE
                && category != Character.SURROGATE && category != Character.UNASSIGNED;
    }

    private static String limit(String base, String extension) {
        String trimmed = truncate(base, MAX_LENGTH - 1 - extension.length()).strip();
        return (trimmed.isEmpty() ? GENERATED : trimmed) + "." + extension;
    }

    private static String truncate(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
