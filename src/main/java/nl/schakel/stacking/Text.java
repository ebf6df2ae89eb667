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
        // Diacritics first, then transliteration: "ǽ" decomposes to "æ" plus a mark, and must end as "ae"
        // too, or folding a folded text would change it again.
        String lower = raw.toLowerCase(Locale.ROOT);
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (char c : stripped.toCharArray()) {
            String replacement = TRANSLITERATIONS.get(c);
            out.append(replacement != null ? replacement : String.valueOf(c));
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** Folded, with everything that is not a letter or digit removed: a key for exact comparison. */
    static String compact(String raw) {
        return fold(raw).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static boolean isBlank(@org.jspecify.annotations.Nullable String raw) {
        return raw == null || raw.isBlank();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
