package nl.schakel.stacking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Folds free text to a comparable form: lower case, transliterated, without diacritics. */
final class Text {

    /** Letters that Unicode decomposition does not reduce to a base letter plus a diacritic. */
    private static final Map<Character, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ø', "o"), Map.entry('æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('ł', "l"), Map.entry('ı', "i"), Map.entry('đ', "d"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('ħ', "h"), Map.entry('ŀ', "l"), Map.entry('ĳ', "ij"),
            Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('`', "'"), Map.entry('´', "'"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /** Lower case, transliterated, diacritics removed, whitespace collapsed; apostrophes and punctuation kept. */
    static String fold(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            String replacement = TRANSLITERATIONS.get(c);
            out.append(replacement != null ? replacement : String.valueOf(c));
        }
        String stripped = MARKS.matcher(Normalizer.normalize(out, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(stripped).replaceAll(" ").strip();
    }

    /** Folded, with everything that is not a letter or digit removed: a key for exact comparison. */
    static String compact(String raw) {
        return fold(raw).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static boolean isBlank(@org.jspecify.annotations.Nullable String raw) {
        return raw == null || raw.isBlank();
    }
}
