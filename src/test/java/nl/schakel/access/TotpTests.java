package nl.schakel.access;

import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 codes through java-otp, one step of drift either side, and each step's code only once. */
class TotpTests {

    /** RFC 6238 appendix B's SHA-1 secret ("12345678901234567890") in base 32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final Totp totp = new Totp();

    @Test
    void theRfcTestVectorGivesItsCode() {
        // RFC 6238 appendix B: T = 59 s gives 94287082 in eight digits; six digits are its last six.
        assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void aCodeCountsInItsStepAndOneStepEitherSideButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = totp.code(RFC_SECRET, now);

        assertThat(totp.verify(RFC_SECRET, code, now, null)).isPresent();
        assertThat(totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now.plusSeconds(30), null))
                .isPresent();
        assertThat(totp.verify(RFC_SECRET, code, now.minusSeconds(30), null)).isPresent();
        assertThat(totp.verify(RFC_SECRET, code, now.plusSeconds(90), null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "12345", now, null)).isEmpty();
    }

    @Test
    void aCodeWorksOnce() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = totp.code(RFC_SECRET, now);
        OptionalLong used = totp.verify(RFC_SECRET, code, now, null);

        assertThat(used).isPresent();
        assertThat(totp.verify(RFC_SECRET, code, now.plusSeconds(1), used.getAsLong())).isEmpty();
        assertThat(totp.verify(RFC_SECRET, totp.code(RFC_SECRET, now.plusSeconds(30)), now.plusSeconds(30),
                used.getAsLong())).isPresent();
    }

    @Test
    void theUriCarriesIssuerAccountAndSecretForTheApp() {
        assertThat(Totp.uri("Schakel", "af.utrecht", RFC_SECRET)).isEqualTo("otpauth://totp/Schakel:af.utrecht?secret="
                + RFC_SECRET + "&issuer=Schakel&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.grouped("ABCDEFGH")).isEqualTo("ABCD EFGH");
    }
}
