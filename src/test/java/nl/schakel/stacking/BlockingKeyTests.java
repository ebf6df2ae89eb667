package nl.schakel.stacking;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockingKeyTests {

    private static final LocalDate SIGNAL_DATE = LocalDate.of(2026, 3, 1);

    /** The surnames of the persons of a test by their spellings, as the registry's vocabulary keeps them. */
    private final Map<String, Set<String>> vocabulary = new HashMap<>();

    /** A person's keys; its surname joins the vocabulary, as the registry stores it with the person. */
    private BlockingKeys keys(String name, Integer age, LocalDate dateOfBirth) {
        return known(BlockingKeys.of(NormalisedPerson.of(name, null, age, dateOfBirth, null, SIGNAL_DATE)));
    }

    private BlockingKeys known(BlockingKeys keys) {
        SurnameSpellings spellings = keys.spellings();
        if (spellings != null) {
            spellings.spellings().forEach(s -> vocabulary.computeIfAbsent(s, k -> new TreeSet<>())
                    .add(spellings.surname()));
        }
        return keys;
    }

    /** The known surnames sharing a spelling. */
    private Set<String> sharing(Set<String> spellings) {
        Set<String> surnames = new TreeSet<>();
        spellings.forEach(s -> surnames.addAll(vocabulary.getOrDefault(s, Set.of())));
        return surnames;
    }

    /** The keys a lookup searches by when every key holds few persons, or when every key holds many. */
    private Set<String> searched(BlockingKeys keys, boolean frequent) {
        int persons = frequent ? BlockingKeys.FREQUENT : 0;
        return keys.lookup(this::sharing).stream().filter(k -> k.used(key -> persons))
                .map(BlockingKeys.LookupKey::key).collect(Collectors.toSet());
    }

    @Test
    void aDateOfBirthIsIndexedUnderItsYearAndSearchedTwoYearsAround() {
        BlockingKeys keys = keys("Mohamed el Amrani", null, LocalDate.of(2010, 1, 15));
        String code = Normalise.name("M. Amrani").orElseThrow().primaryPhonetic();

        assertThat(keys.index().stream().filter(k -> k.startsWith("sn"))).containsExactlyInAnyOrder("sn:" + code,
                "sni:" + code + ":m", "sny:" + code + ":2010", "snyi:" + code + ":2010:m",
                "snd:" + code + ":2010-01-15");
        assertThat(searched(keys, false, BlockingKeys.Pass.SURNAME_AND_BIRTH)).containsExactlyInAnyOrder(
                "sny:" + code + ":2008", "sny:" + code + ":2009", "sny:" + code + ":2010", "sny:" + code + ":2011",
                "sny:" + code + ":2012");
        assertThat(searched(keys, true, BlockingKeys.Pass.SURNAME_AND_BIRTH)).containsExactlyInAnyOrder(
                "snyi:" + code + ":2008:m",
                "snyi:" + code + ":2009:m", "snyi:" + code + ":2010:m", "snyi:" + code + ":2011:m",
                "snyi:" + code + ":2012:m", "snyi:" + code + ":2008:_", "snyi:" + code + ":2009:_",
                "snyi:" + code + ":2010:_", "snyi:" + code + ":2011:_", "snyi:" + code + ":2012:_");
    }

    private Set<String> searched(BlockingKeys keys, boolean frequent, BlockingKeys.Pass pass) {
        int persons = frequent ? BlockingKeys.FREQUENT : 0;
        return keys.lookup(this::sharing).stream().filter(k -> k.pass() == pass && k.used(key -> persons))
                .map(BlockingKeys.LookupKey::key).collect(Collectors.toSet());
    }

    /**
     * Issue 11: retrieval is a union of passes. A typo that changes the surname's phonetic code is found by the
     * date of birth with the given name; a misspelt surname with an age by the given name and year (while that key
     * is small); names written the other way round by the given name searched as a surname.
     */
    @Test
    void otherPassesFindWhatThePhoneticSurnameMisses() {
        BlockingKeys known = keys("Jessica Mason", null, LocalDate.of(1990, 4, 2));
        BlockingKeys typo = keys("Jessica Maxon", null, LocalDate.of(1990, 4, 2));
        assertThat(Collections.disjoint(searched(typo, false, BlockingKeys.Pass.SURNAME_AND_BIRTH), known.index()))
                .as("the phonetic code differs").isTrue();

        assertThat(Collections.disjoint(searched(typo, true, BlockingKeys.Pass.BIRTH_DATE_AND_GIVEN_NAME),
                known.index())).isFalse();
        assertThat(Collections.disjoint(searched(keys("Jessica Wbeb", 36, null), false,
                BlockingKeys.Pass.GIVEN_NAME_AND_YEAR), keys("Jessica", 36, null).index()))
                .as("a person known by a first name alone").isFalse();
        assertThat(Collections.disjoint(searched(keys("Jessica Wbeb", 36, null), false,
                BlockingKeys.Pass.GIVEN_NAME_AND_YEAR), keys("Jessica Webb", 36, null).index()))
                .as("a person with a surname is left to the passes on the surname (decision 0041)").isTrue();
        assertThat(Collections.disjoint(searched(keys("Jessica", 36, null), false,
                BlockingKeys.Pass.GIVEN_NAME_AND_YEAR), keys("Jessica Webb", 36, null).index()))
                .as("a first name alone searches everyone with it").isFalse();
        assertThat(Collections.disjoint(searched(keys("Jessica Wbeb", 36, null), false,
                BlockingKeys.Pass.SURNAME_ONE_EDIT), keys("Jessica Webb", 36, null).index())).isFalse();
        assertThat(Collections.disjoint(searched(keys("Mason Jessica", 36, null), false,
                BlockingKeys.Pass.SWAPPED_NAMES), keys("Jessica Mason", 36, null).index())).isFalse();
        assertThat(Collections.disjoint(searched(keys("Mason Petra", 36, null), false,
                BlockingKeys.Pass.SWAPPED_NAMES), keys("Jessica Mason", 36, null).index()))
                .as("swapped names are searched with the initial of the given name (decision 0041)").isTrue();
        assertThat(searched(keys("Jessica Wbeb", 36, null), true, BlockingKeys.Pass.GIVEN_NAME_AND_YEAR))
                .as("a frequent given name and year is not searched").isEmpty();
    }

    /**
     * Decision 0039: a spelling whose primary phonetic code changed is found by the alternate code (both ways), and a
     * surname one edit away by the deletion neighbourhood, each within the years and only while its key is small.
     */
    @Test
    void theAlternateCodeAndTheSurnameOneEditAwayArePassesOfTheirOwn() {
        BlockingKeys j = keys("Anna Jablonski", null, LocalDate.of(1990, 4, 2));
        BlockingKeys y = keys("Anna Yablonski", null, LocalDate.of(1991, 7, 2));
        assertThat(Collections.disjoint(searched(y, false, BlockingKeys.Pass.SURNAME_AND_BIRTH), j.index()))
                .as("the primary codes differ").isTrue();
        assertThat(Collections.disjoint(searched(y, false, BlockingKeys.Pass.ALTERNATE_PHONETIC), j.index())).isFalse();
        assertThat(Collections.disjoint(searched(j, false, BlockingKeys.Pass.ALTERNATE_PHONETIC), y.index())).isFalse();
        assertThat(Collections.disjoint(searched(j, true, BlockingKeys.Pass.ALTERNATE_PHONETIC), y.index()))
                .as("a frequent alternate code among primaries is refined by initial").isFalse();

        BlockingKeys known = keys("Jessica Mason", null, LocalDate.of(1990, 4, 2));
        for (BlockingKeys typo : List.of(keys("Petra Maxon", 36, null), keys("Petra Mason", 35, null),
                keys("Petra Masson", null, LocalDate.of(1988, 1, 1)), keys("Petra Maosn", 36, null))) {
            assertThat(Collections.disjoint(searched(typo, false, BlockingKeys.Pass.SURNAME_ONE_EDIT), known.index()))
                    .as("%s", typo.lookup()).isFalse();
            assertThat(searched(typo, true, BlockingKeys.Pass.SURNAME_ONE_EDIT)).as("hot keys are capped").isEmpty();
        }
        assertThat(Collections.disjoint(searched(keys("Petra Maxen", 36, null), false,
                BlockingKeys.Pass.SURNAME_ONE_EDIT), known.index())).as("two edits away").isTrue();
        assertThat(Collections.disjoint(searched(keys("Petra Maxon", null, LocalDate.of(1986, 1, 1)), false,
                BlockingKeys.Pass.SURNAME_ONE_EDIT), known.index())).as("born more than 2 years apart").isTrue();
        assertThat(SurnamePasses.neighbourhood("li")).containsExactly("li");
        assertThat(known.index().stream().filter(k -> k.startsWith(SurnameSpellings.PREFIX)))
                .as("a person is indexed one edit away under its own surname only (decision 0040)")
                .containsExactly("sed:mason:1990");
    }

    @Test
    void personsTheMatcherCouldLinkShareAKeyHoweverFrequentTheirSurname() {
        BlockingKeys born = keys("Mohamed el Amrani", null, SIGNAL_DATE.minusYears(16));
        for (boolean frequent : new boolean[] {false, true}) {
            for (BlockingKeys described : List.of(keys("M. Amrani", 16, null), keys("Mohammed Amrany", 18, null),
                    keys("Mohammed El-Amrani", null, null), keys("Mo Amrani", 14, null),
                    keys("Amrani, Karim Mohamed", null, SIGNAL_DATE.minusYears(16)))) {
                assertThat(Collections.disjoint(searched(described, frequent), born.index()))
                        .as("%s frequent %s", described.lookup(), frequent).isFalse();
            }
        }
    }

    @Test
    void initialsAreSoundClassesOfEveryGivenNameAndItsGroup() {
        assertThat(BlockingKeys.initials(Normalise.name("Hans de Vries").orElseThrow())).containsExactly("h", "j");
        assertThat(BlockingKeys.initials(Normalise.name("Cornelis Willem Jansen").orElseThrow()))
                .containsExactlyInAnyOrder("k", "f");
        assertThat(BlockingKeys.initials(Normalise.name("Youssef Amrani").orElseThrow())).containsExactly("j");
    }

    @Test
    void birthYearsFarApartDoNotShareAYearKey() {
        BlockingKeys young = keys("Jan de Vries", null, LocalDate.of(1990, 5, 4));
        BlockingKeys old = keys("Jan de Vries", null, LocalDate.of(1962, 8, 21));

        assertThat(Collections.disjoint(searched(young, false), old.index())).isTrue();
        assertThat(Collections.disjoint(searched(young, true), old.index())).isTrue();
    }

    @Test
    void withoutAGivenNameAFrequentSurnameIsSearchedByTheDateOfBirthAndIsFoundByEveryRefinedLookup() {
        BlockingKeys surnameAndBirth = keys("de Vries", null, LocalDate.of(1990, 5, 4));
        BlockingKeys full = keys("Jan de Vries", null, LocalDate.of(1990, 5, 4));

        assertThat(searched(surnameAndBirth, true)).singleElement().asString().startsWith("snd:");
        assertThat(Collections.disjoint(searched(surnameAndBirth, true), full.index())).isFalse();
        assertThat(Collections.disjoint(searched(full, true), surnameAndBirth.index())).isFalse();
    }

    @Test
    void aFrequentSurnameWithoutYearOrGivenNameIsNotSearched() {
        BlockingKeys surnameOnly = keys("de Vries", null, null);

        assertThat(searched(surnameOnly, false)).isNotEmpty();
        assertThat(searched(surnameOnly, true)).isEmpty();
    }

    @Test
    void aFirstNameAloneIsKeyedOnlyWithAYear() {
        assertThat(searched(keys("Mohammed", 16, null), false)).contains("gny:mohamed:2010");
        assertThat(searched(keys("Mohammed", null, LocalDate.of(2010, 1, 15)), true))
                .containsExactly("gnd:mohamed:2010-01-15");
        assertThat(keys("Natasja", null, null).index()).isEmpty();
        assertThat(keys("Natasja", null, null).lookup()).isEmpty();
    }

    @Test
    void phonesAndAddressesHaveExactKeys() {
        assertThat(BlockingKeys.phone(Normalise.phone("06-12345678").orElseThrow())).isEqualTo("tel:+31612345678");
        assertThat(BlockingKeys.address(Normalise.address(null, "12a", "3511AB", null).orElseThrow()))
                .isEqualTo("adr:3511AB:12:A");
    }

    /** Issue 11: an identity number and a residence's postcode with number, where a source has them, find a person. */
    @Test
    void anIdentityNumberAndAResidenceAreAPassOfTheirOwn() {
        NormalisedPerson known = NormalisedPerson.of("Molly Webb", null, null, LocalDate.of(1915, 4, 16), null,
                SIGNAL_DATE).withDetails("7364009", Residence.of("5023", "giblin street", "440", "killarney"));
        NormalisedPerson described = NormalisedPerson.of("Hugo Alderson", null, null, null, null, SIGNAL_DATE)
                .withDetails("7364009", Residence.of("5023", "giblin st", "440", "kilarney"));
        Set<String> searched = searched(known(BlockingKeys.of(described)), false,
                BlockingKeys.Pass.IDENTITY_OR_RESIDENCE);
        assertThat(searched).containsExactlyInAnyOrder("id:7364009", "res:5023:440");
        assertThat(BlockingKeys.of(known).index()).containsAll(searched);
        // Signals have neither.
        assertThat(searched(keys("Molly Webb", null, LocalDate.of(1915, 4, 16)), false,
                BlockingKeys.Pass.IDENTITY_OR_RESIDENCE)).isEmpty();
    }
}
