package nl.schakel.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Rules for passwords people choose, following the NCSC advice: length over complexity rules.
 * Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> check(String password, String username) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }
}
