package nl.schakel.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.schakel.web.input.NastyStrings;

/** Whatever is typed as a receipt code is read or refused (empty), never an exception; reading is stable. */
class ReceiptCodePropertiesTests {

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(NastyStrings.any(), Arbitraries.create(ReceiptCodes::generate),
                Arbitraries.create(ReceiptCodes::generate).map(code -> " " + code.toLowerCase() + " "),
                Arbitraries.strings().withChars("ABCDEFGHJKMNPQRSTUVWXYZ0123456789OIL- ").ofMaxLength(24));
    }

    @Property(tries = 2000)
    void typedCodesAreReadOrRefusedAndReadingIsStable(@ForAll("typed") String typed) {
        ReceiptCodes.normalise(typed).ifPresent(code -> {
            assertThat(ReceiptCodes.normalise(code)).contains(code);
            assertThat(ReceiptCodes.selector(code)).hasSize(64);
        });
    }

    @Property(tries = 200)
    void everyGeneratedCodeIsRead(@ForAll("generated") String code) {
        assertThat(ReceiptCodes.normalise(code)).isPresent();
    }

    @Provide
    Arbitrary<String> generated() {
        return Arbitraries.create(ReceiptCodes::generate);
    }
}
