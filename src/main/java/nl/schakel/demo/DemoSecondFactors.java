package nl.schakel.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.apache.commons.codec.binary.Base32;

/**
 * The demo users' known second-factor secrets (listed in the README): derived from the username, so the seeder,
 * the README and the tests agree without a table to keep in step. Never for real people.
 */
public final class DemoSecondFactors {

    private DemoSecondFactors() {
    }

    /** The base-32 TOTP secret of a demo user. */
    public static String secretFor(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("schakel-demo-totp:" + username).getBytes(StandardCharsets.UTF_8));
            return new Base32().encodeAsString(Arrays.copyOf(digest, 20)).replace("=", "");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
