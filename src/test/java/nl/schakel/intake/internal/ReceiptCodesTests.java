package nl.schakel.intake.internal;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptCodesTests {

    @Test
    void codesAreSixReadableGroupsOfFourAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ReceiptCodes.generate();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void typedCodesAreForgivingAboutCaseSpacesDashesAndLookAlikes() {
        String code = "K7QX-3MNP-0A1B-2C3D-4E5F-6G7H";
        assertThat(ReceiptCodes.normalise(" k7qx 3mnp oa1b-2c3d-4e5f-6g7h ")).contains("K7QX3MNP0A1B2C3D4E5F6G7H");
        assertThat(ReceiptCodes.normalise("K7QX-3MNP-0AIB-2C3D-4E5F-6G7H")).isEqualTo(ReceiptCodes.normalise(code));
        assertThat(ReceiptCodes.normalise("K7QX-3MNP")).isEmpty();
        assertThat(ReceiptCodes.normalise("K7QX-3MNP-0A1B-2C3D-4E5F-6G7U")).isEmpty();
    }

    @Test
    void theSelectorHidesTheCode() {
        String normalised = ReceiptCodes.normalise(ReceiptCodes.generate()).orElseThrow();
        assertThat(ReceiptCodes.selector(normalised)).hasSize(64).doesNotContain(normalised.substring(0, 8));
    }
}
