package nl.schakel.stacking;

import java.time.LocalDate;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingKeyTests {

    private static final LocalDate SIGNAL_DATE = LocalDate.of(2026, 3, 1);

    private static BlockingKeys keys(String name, Integer age, LocalDate dateOfBirth) {
        return BlockingKeys.of(NormalisedPerson.of(name, null, age, dateOfBirth, null, SIGNAL_DATE));
    }

    @Test
    void aKnownBirthYearGivesPhoneticSurnameAndYearBuckets() {
        BlockingKeys keys = keys("Mohamed el Amrani", null, LocalDate.of(2010, 1, 15));
        String code = Normalise.name("Amrani").map(n -> Normalise.name("M. Amrani").orElseThrow().primaryPhonetic())
                .orElseThrow();

        assertThat(keys.lookup()).containsExactlyInAnyOrder("sny:" + code + ":2009", "sny:" + code + ":2010",
                "sny:" + code + ":2011");
        assertThat(keys.index()).containsAll(keys.lookup()).contains("sn:" + code);
    }

    @Test
    void personsTheMatcherCouldLinkShareAKey() {
        BlockingKeys born = keys("Mohamed el Amrani", null, SIGNAL_DATE.minusYears(16));
        BlockingKeys aboutSixteen = keys("M. Amrani", 16, null);
        BlockingKeys aboutEighteen = keys("Mohammed Amrany", 18, null);
        BlockingKeys noYear = keys("Mohammed El-Amrani", null, null);

        assertThat(Collections.disjoint(aboutSixteen.lookup(), born.index())).isFalse();
        assertThat(Collections.disjoint(aboutEighteen.lookup(), born.index())).isFalse();
        assertThat(Collections.disjoint(noYear.lookup(), born.index())).isFalse();
    }

    @Test
    void birthYearsFarApartDoNotShareAYearKey() {
        BlockingKeys young = keys("Jan de Vries", null, LocalDate.of(1990, 5, 4));
        BlockingKeys old = keys("Jan de Vries", null, LocalDate.of(1962, 8, 21));

        assertThat(Collections.disjoint(young.lookup(), old.index())).isTrue();
    }

    @Test
    void aFirstNameAloneIsKeyedOnlyWithAYear() {
        assertThat(keys("Mohammed", 16, null).lookup()).contains("gny:mohamed:2010");
        assertThat(keys("Natasja", null, null).index()).isEmpty();
        assertThat(keys("Natasja", null, null).lookup()).isEmpty();
    }

    @Test
    void phonesAndAddressesHaveExactKeys() {
        assertThat(BlockingKeys.phone(Normalise.phone("06-12345678").orElseThrow())).isEqualTo("tel:+31612345678");
        assertThat(BlockingKeys.address(Normalise.address(null, "12a", "3511AB", null).orElseThrow()))
                .isEqualTo("adr:3511AB:12:A");
    }
}
