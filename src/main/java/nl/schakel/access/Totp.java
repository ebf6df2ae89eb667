package nl.schakel.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as every authenticator app
 * computes them. The HMAC is java-otp's; this class only chooses secrets, the accepted window (one step either
 * side, for clocks that drift) and refuses a step at or before the last one used, so a code works once.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    /** A new random secret of 160 bits, in base 32 as authenticator apps expect it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return encode(secret);
    }

    /** The current code for a secret: for tests and for the demo's printed codes. */
    public String code(String base32Secret, Instant at) {
        try {
            return generator.generateOneTimePasswordString(key(base32Secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable secret");
        }
    }

    /**
     * The time step the code belongs to, if it is the code of the step before, at or after now and of a later
     * step than {@code lastUsedStep} (null: none used yet).
     */
    public OptionalLong verify(String base32Secret, String typed, Instant now, Long lastUsedStep) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (java.security.MessageDigest.isEqual(code(base32Secret, Instant.ofEpochSecond(step * STEP.toSeconds()))
                    .getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth URI an authenticator app reads from the QR code. */
    public static String uri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret.replace(" ", "").toUpperCase(Locale.ROOT)),
                TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    private static String encode(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
