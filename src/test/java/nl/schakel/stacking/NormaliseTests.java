package nl.schakel.stacking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliseTests {

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "+31 6 1234 5678", "0031612345678", "06 12 34 56 78", "(06) 1234-5678"})
    void dutchMobileNumbersInEveryNotationBecomeOneE164Number(String typed) {
        assertThat(Normalise.phone(typed)).contains("+31612345678");
    }

    @Test
    void foreignNumbersKeepTheirCountryAndInvalidNumbersGiveNothing() {
        assertThat(Normalise.phone("+40 721 234 567")).contains("+40721234567");
        assertThat(Normalise.phone("12345")).isEmpty();
        assertThat(Normalise.phone("06-98765432")).as("outside today's ranges, still a number").contains("+31698765432");
        assertThat(Normalise.phone("bel me")).isEmpty();
        for (String zeros : new String[] {"+31000000000", "0000000000", "00 31 000 000 000"}) {
            Normalise.phone(zeros).ifPresent(key -> assertThat(Normalise.phone(key)).as(zeros).contains(key));
        }
        assertThat(Normalise.phone("+31000000000")).as("reads back as another number, so no key").isEmpty();
        assertThat(Normalise.phone(" ")).isEmpty();
        assertThat(Normalise.phone(null)).isEmpty();
    }

    @Test
    void addressesWithPostcodeAreKeyedOnPostcodeNumberAndAddition() {
        assertThat(Normalise.address("Oudegracht", "12-a", "3511 ab", "Utrecht"))
                .contains(new AddressKey("3511AB:12:A", AddressKey.Precision.POSTCODE_AND_NUMBER));
        assertThat(Normalise.address(null, "12 A", "3511AB", null).orElseThrow().value()).isEqualTo("3511AB:12:A");
        assertThat(Normalise.address(null, "12a", "3511ab ", null).orElseThrow().value()).isEqualTo("3511AB:12:A");
        assertThat(Normalise.address(null, "12 bis", "3511AB", null).orElseThrow().value()).isEqualTo("3511AB:12:BIS");
        assertThat(Normalise.address(null, "12", "3511AB", null).orElseThrow().value()).isEqualTo("3511AB:12");
    }

    @Test
    void anAdditionNeverMergesIntoTheHouseNumber() {
        assertThat(Normalise.address(null, "12-1", "3511AB", null).orElseThrow().value())
                .isNotEqualTo(Normalise.address(null, "121", "3511AB", null).orElseThrow().value());
    }

    @Test
    void withoutPostcodeStreetNumberAndCityMakeAWeakerKey() {
        AddressKey key = Normalise.address("Dorpsstr.", "7", null, "'s-Hertogenbosch").orElseThrow();

        assertThat(key.precision()).isEqualTo(AddressKey.Precision.STREET_AND_CITY);
        assertThat(key).isEqualTo(Normalise.address("dorpsstraat", "7", "", "s Hertogenbosch").orElseThrow());
        assertThat(key.value()).isEqualTo("shertogenbosch:dorpsstraat:7");
    }

    @Test
    void anAddressWithoutHouseNumberOrWithoutPlaceHasNoKey() {
        assertThat(Normalise.address("Oudegracht", null, "3511AB", "Utrecht")).isEmpty();
        assertThat(Normalise.address("Oudegracht", "12", null, null)).isEmpty();
        assertThat(Normalise.address(null, "12", "0511AB", null)).isEmpty();
    }

    @Test
    void kvkNumbersAreEightDigits() {
        assertThat(Normalise.kvkNumber("1234 5678")).contains("12345678");
        assertThat(Normalise.kvkNumber("12.34.56.78")).contains("12345678");
        assertThat(Normalise.kvkNumber("KvK-nummer: 12345678")).contains("12345678");
        assertThat(Normalise.kvkNumber("1234567")).isEmpty();
        assertThat(Normalise.kvkNumber("1234567a")).isEmpty();
        assertThat(Normalise.kvkNumber(null)).isEmpty();
    }

    @Test
    void licencePlatesAreUpperCaseWithoutSeparators() {
        assertThat(Normalise.licencePlate("12-ABC-3")).contains("12ABC3");
        assertThat(Normalise.licencePlate("12abc3")).contains("12ABC3");
        assertThat(Normalise.licencePlate(" 12 abc 3 ")).contains("12ABC3");
        assertThat(Normalise.licencePlate("B 123 ABC")).contains("B123ABC");
        assertThat(Normalise.licencePlate("?")).isEmpty();
    }

    @Test
    void urlsLoseSchemeWwwTrailingSlashAndTrackingParameters() {
        assertThat(Normalise.online("https://www.Example.nl/Kamers/?utm_source=fb&fbclid=abc&id=7", null))
                .contains("example.nl/kamers?id=7");
        assertThat(Normalise.online("http://example.nl/kamers/", null)).contains("example.nl/kamers");
        assertThat(Normalise.online("example.nl/kamers#boven", null)).contains("example.nl/kamers");
    }

    @Test
    void handlesAndProfileUrlsOfOnePlatformGiveOneKey() {
        assertThat(Normalise.online("@Some.Name", "Instagram")).contains("instagram:some.name");
        assertThat(Normalise.online("https://www.instagram.com/some.name/?igshid=xyz", null))
                .contains("instagram:some.name");
        assertThat(Normalise.online("@Some.Name", "IG")).contains("instagram:some.name");
        assertThat(Normalise.online("https://www.tiktok.com/@Some.Name", null)).contains("tiktok:some.name");
        assertThat(Normalise.online("@loverboy", null)).contains("handle:loverboy");
        assertThat(Normalise.online("@", "x")).isEmpty();
    }

    @Test
    void frequentNationalitiesBecomeCountryCodes() {
        assertThat(Normalise.nationality("Nederlandse")).contains("nl");
        assertThat(Normalise.nationality("Dutch")).contains("nl");
        assertThat(Normalise.nationality("Roemeens")).contains("ro");
        assertThat(Normalise.nationality("Oekraïens")).contains("ua");
        assertThat(Normalise.nationality("Kaapverdisch")).contains("kaapverdisch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "@", "/", "://", "http://", "%%%", "12-", "-", "'t", "v.d.", ",", ", ,",
            "\u0000", "ﷺ", "𝔐𝔬𝔥𝔞𝔪𝔢𝔡", "99999999999999999999", "a b c d e f g h i j k l m n o p"})
    void oddInputNeverThrows(String typed) {
        Normalise.name(typed);
        Normalise.phone(typed);
        Normalise.address(typed, typed, typed, typed);
        Normalise.kvkNumber(typed);
        Normalise.online(typed, typed);
        Normalise.licencePlate(typed);
        Normalise.nationality(typed);
        BlockingKeys.of(NormalisedPerson.of(typed, null, null, null, typed, java.time.LocalDate.of(2026, 1, 1)));
    }
}
