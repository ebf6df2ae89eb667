package nl.schakel.stacking;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Phonetic codes of surnames. Double Metaphone, after a few Dutch spelling rewrites, because the surnames in
 * signals come from many languages (Dutch, Arabic and Turkish in Latin transliteration, Romanian, Bulgarian,
 * Polish, Nigerian) and it tolerates their spelling variants (Amrani/Amrany/Emrani, Jansen/Janssen) with one
 * short primary code that fits an index. Beider–Morse was considered: it is more precise for European names
 * but yields dozens of codes per name (a large candidate index) and is tuned to Ashkenazi and generic
 * European rules, not to Dutch or transliterated Arabic. Soundex and Cologne are too coarse or too German.
 */
final class SurnamePhonetics {

    /** Dutch spellings that sound alike; Double Metaphone, built for English, would keep them apart. */
    private static final String[][] DUTCH_REWRITES = {
            {"ij", "y"}, {"ei", "y"}, {"dt$", "t"}, {"ck", "k"}, {"ch", "g"}, {"ph", "f"}, {"th", "t"},
            {"oe", "u"}, {"ou", "au"}, {"aa", "a"}, {"ee", "e"}, {"oo", "o"}, {"uu", "u"}, {"ss", "s"},
            {"z", "s"}, {"w", "v"}};

    /** Compiled once: the matcher encodes swapped names per candidate, where a regex compile per rule shows. */
    private static final List<Pattern> PATTERNS = Arrays.stream(DUTCH_REWRITES).map(r -> Pattern.compile(r[0]))
            .toList();

    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

    static {
        ENCODER.setMaxCodeLen(6);   // the default of 4 makes longer surnames collide too often
    }

    private SurnamePhonetics() {
    }

    static List<String> encode(String surnameKey) {
        String dutch = surnameKey;
        for (int i = 0; i < DUTCH_REWRITES.length; i++) {
            dutch = PATTERNS.get(i).matcher(dutch).replaceAll(DUTCH_REWRITES[i][1]);
        }
        Set<String> codes = new LinkedHashSet<>();
        codes.add(ENCODER.doubleMetaphone(dutch, false));
        codes.add(ENCODER.doubleMetaphone(dutch, true));
        codes.removeIf(String::isEmpty);
        return List.copyOf(codes);
    }
}
