package nl.schakel.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.access.Totp;
import nl.schakel.demo.DemoSecondFactors;

/**
 * The test helpers' authenticator app: the demo users' seeded secrets (as in the README), and the secrets of
 * users the helpers enrolled themselves, with codes computed by the same TOTP library at the application's time.
 */
public final class SecondFactorCodes {

    private static final Map<String, String> ENROLLED = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> RECOVERY = new ConcurrentHashMap<>();
    private static final Pattern MANUAL_KEY = Pattern.compile("data-testid=\"manual-key\"><code>([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([0-9a-z-]{14})</code></li>");
    private static final Totp TOTP = new Totp();

    private SecondFactorCodes() {
    }

    /** The code the user's app shows now. */
    public static String codeFor(String username) {
        return codeForSecret(secretOf(username));
    }

    public static String codeForSecret(String secret) {
        return TOTP.code(secret.replace(" ", ""), MutableClock.applicationNow());
    }

    /** The code the user's app shows now by the clock of the application on this port. */
    public static String codeFor(String username, int port) {
        return codeForSecret(secretOf(username), port);
    }

    public static String codeForSecret(String secret, int port) {
        return TOTP.code(secret.replace(" ", ""), MutableClock.applicationNow(port));
    }

    public static String secretOf(String username) {
        return ENROLLED.getOrDefault(username, DemoSecondFactors.secretFor(username));
    }

    /** Reads the manual key from an enrolment page and remembers it as this user's secret. */
    public static String enrolFromPage(String username, String enrolmentPage) {
        Matcher matcher = MANUAL_KEY.matcher(enrolmentPage);
        if (!matcher.find()) {
            throw new IllegalStateException("no manual key on the enrolment page");
        }
        String secret = matcher.group(1).replace(" ", "");
        ENROLLED.put(username, secret);
        return secret;
    }

    /** Remembers the recovery codes shown after enrolment. */
    public static void rememberRecoveryCodes(String username, String page) {
        Matcher matcher = RECOVERY_CODE.matcher(page);
        List<String> codes = new java.util.ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        RECOVERY.put(username, List.copyOf(codes));
    }

    public static List<String> recoveryCodesOf(String username) {
        return RECOVERY.getOrDefault(username, List.of());
    }

    /** After an administrator's reset: the helpers enrol this user again. */
    public static void forget(String username) {
        ENROLLED.remove(username);
        RECOVERY.remove(username);
    }
}
