package nl.schakel.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret value of an API token: 256 random bits, recognisable by its prefix (so secret scanners and
 * people can tell what leaked). A plain SHA-256 suffices to store it: unlike a password it cannot be
 * guessed, and an unsalted hash lets a request find its token with one indexed lookup. That lookup compares
 * hashes, not secrets, so its timing tells an attacker nothing about any token: no constant-time comparison
 * of the secret is needed.
 */
final class ApiTokenSecret {

    static final String PREFIX = "skl_";

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("skl_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value can be a token at all; anything else needs no database lookup. */
    static boolean wellFormed(String value) {
        return FORMAT.matcher(value).matches();
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
