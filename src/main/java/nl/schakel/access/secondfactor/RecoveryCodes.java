package nl.schakel.access.secondfactor;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Ten single-use recovery codes: three groups of four characters from an alphabet without look-alikes (60 bits
 * each), shown once at enrolment and stored only hashed.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> one()).toList();
    }

    /** As typed: spaces, dashes and capitals do not matter. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String one() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
