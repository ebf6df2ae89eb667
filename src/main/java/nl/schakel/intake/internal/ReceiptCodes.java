package nl.schakel.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 24 characters of Crockford base-32 from a CSPRNG (120 bits), shown in six groups of
 * four. The first eight characters select the row (stored as SHA-256); the whole code is checked
 * against a slow Argon2id hash, so a stolen database does not reveal codes.
 */
public final class ReceiptCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 24;
    private static final int SELECTOR_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The code as typed, made canonical: case, spaces and dashes do not matter, and the look-alikes
     * O, I and L read as 0, 1 and 1. Empty when it cannot be a receipt code.
     */
    public static Optional<String> normalise(String typed) {
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(plain);
    }

    /** The fast, indexable hash of a normalised code's first part. */
    public static String selector(String normalised) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalised.substring(0, SELECTOR_LENGTH).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
