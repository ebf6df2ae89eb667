package nl.schakel.access;

import java.security.SecureRandom;

/**
 * A one-time password an administrator hands to a user, who must replace it at first login.
 * Shown once and never stored in the clear.
 */
public record TemporaryPassword(String value) {

    /** No look-alike characters (0/O, 1/l/I), so it can be read out over the phone. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Four groups of four characters: about 92 bits. */
    public static TemporaryPassword generate() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                value.append('-');
            }
            value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new TemporaryPassword(value.toString());
    }

    @Override
    public String toString() {
        return "TemporaryPassword[hidden]";
    }
}
