package nl.schakel.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.check("paarse olifant op de fiets", "af.utrecht")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.check("Kort1!", "af.utrecht")).contains("password.tooShort");
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(PasswordPolicy.check("mijn-AF.Utrecht-wachtwoord", "af.utrecht")).contains("password.containsUsername");
    }

    @Test
    void refusesRepetition() {
        assertThat(PasswordPolicy.check("aaaaaaaaaaaabbbb", "melder")).contains("password.tooSimple");
    }

    @Test
    void temporaryPasswordsAreLongAndVaried() {
        TemporaryPassword first = TemporaryPassword.generate();
        assertThat(first.value()).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
        assertThat(first.value()).isNotEqualTo(TemporaryPassword.generate().value());
        assertThat(first.toString()).doesNotContain(first.value());
    }
}
