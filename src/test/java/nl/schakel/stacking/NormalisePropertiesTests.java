package nl.schakel.stacking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.schakel.web.input.NastyStrings;

/**
 * Whatever a signal holds — typed, pasted, fuzzed — the normalisers answer without an exception (an empty
 * result is their documented "cannot be read"), and a normalised value normalised again stays the same.
 */
class NormalisePropertiesTests {

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(NastyStrings.any(),
                Arbitraries.of("+31 6 1234 5678", "06-12345678", "0031612345678", "Jan de Vries", "J. van der Berg-Smit",
                        "Oudegracht 12 bis", "3511 AB", "12-abc-3", "kvk 1234 5678", "@Some.Name",
                        "instagram.com/some.name", "Nederlandse", "ROEMEENSE", "", "   ", "van", "de la", "'t"),
                Arbitraries.strings().withChars("0123456789 +-()./").ofMaxLength(30));
    }

    @Property(tries = 1500)
    void namesParseOrAreEmptyAndNeverThrow(@ForAll("text") String raw) {
        assertThatNoException().isThrownBy(() -> Normalise.name(raw));
        Normalise.name(raw).ifPresent(name -> assertThatNoException().isThrownBy(
                () -> BlockingKeys.of(new NormalisedPerson(name, null, 30, null, null, LocalDate.of(2026, 1, 1)))));
    }

    @Property(tries = 1500)
    void phoneNumbersNormaliseOnceAndForAll(@ForAll("text") String raw) {
        Optional<String> phone = Normalise.phone(raw);
        phone.ifPresent(e164 -> {
            assertThat(e164).startsWith("+");
            assertThat(Normalise.phone(e164)).contains(e164);
            assertThat(BlockingKeys.phone(e164)).isNotBlank();
        });
    }

    @Property(tries = 1000)
    void platesKvkNumbersAndNationalitiesAreStable(@ForAll("text") String raw) {
        Normalise.licencePlate(raw).ifPresent(plate -> assertThat(Normalise.licencePlate(plate)).contains(plate));
        Normalise.kvkNumber(raw).ifPresent(kvk -> assertThat(Normalise.kvkNumber(kvk)).contains(kvk));
        Normalise.nationality(raw).ifPresent(code -> assertThat(Normalise.nationality(code)).contains(code));
    }

    @Property(tries = 1000)
    void addressesAndOnlineIdentitiesNeverThrow(@ForAll("text") String street, @ForAll("text") String number,
            @ForAll("text") String postcode, @ForAll("text") String city) {
        assertThatNoException().isThrownBy(() -> Normalise.address(street, number, postcode, city)
                .ifPresent(key -> assertThat(BlockingKeys.address(key)).isNotBlank()));
        assertThatNoException().isThrownBy(() -> Normalise.online(street, city));
        assertThatNoException().isThrownBy(() -> Normalise.online(number, null));
    }

    @Property(tries = 1000)
    void personsGetBlockingKeysWhateverTheirFields(@ForAll("text") String name, @ForAll("text") String nationality,
            @ForAll("ages") Integer age) {
        assertThatNoException().isThrownBy(() -> BlockingKeys.of(NormalisedPerson.of(name, null, age, null,
                nationality, LocalDate.of(2026, 11, 29))));
    }

    @Provide
    Arbitrary<Integer> ages() {
        return Arbitraries.integers().between(-5, 200).injectNull(0.2);
    }
}
