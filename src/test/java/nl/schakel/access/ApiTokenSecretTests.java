package nl.schakel.access;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokenSecretTests {

    @Test
    void aTokenCarries256RandomBitsBehindARecognisablePrefix() {
        String token = ApiTokenSecret.generate();

        assertThat(token).startsWith("skl_").hasSize(4 + 43);
        assertThat(Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
        assertThat(ApiTokenSecret.wellFormed(token)).isTrue();
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(ApiTokenSecret.generate());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void onlyWellFormedValuesAreLookedUp() {
        assertThat(ApiTokenSecret.wellFormed("skl_" + "a".repeat(42))).isFalse();
        assertThat(ApiTokenSecret.wellFormed("skl_" + "a".repeat(44))).isFalse();
        assertThat(ApiTokenSecret.wellFormed("xyz_" + "a".repeat(43))).isFalse();
        assertThat(ApiTokenSecret.wellFormed("skl_" + "a".repeat(42) + "=")).isFalse();
        assertThat(ApiTokenSecret.wellFormed("skl_" + "a".repeat(42) + "-")).isTrue();
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        assertThat(ApiTokenSecret.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
