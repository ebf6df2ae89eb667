package nl.schakel.stacking.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.Sex;
import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Candidates come from the registry as the matcher compares them, and frequent keys are narrowed. */
@SchakelIntegrationTest
class SubjectRegistryIntegrationTests {

    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubjectRegistry registry;

    @Autowired
    SubjectRetention retention;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void aNewPersonIsStoredNormalisedAndReadBackAsTheMatcherComparesIt() {
        UUID region = region();
        SubjectRegistry.StoredPerson described = person("Mohamed el Amrani", LocalDate.of(2010, 1, 15));
        NormalisedPerson normalised = described.normalised();
        UUID id = registry.newPerson(region, described, normalised, "Mohamed el Amrani",
                BlockingKeys.of(normalised));

        assertThat(jdbc.sql("select surname_key from subject_person where subject_id = ? and normalised")
                .param(id).query(String.class).single()).isEqualTo("amrani");
        List<SubjectRegistry.Candidate> found = registry.candidates(region,
                keys(person("Mohammed El-Amrani", LocalDate.of(2010, 1, 15))), Map.of());
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.subjectId()).isEqualTo(id);
            assertThat(c.person()).isEqualTo(normalised);
        });
    }

    @Test
    void aPersonStoredBeforeTheNormalisedColumnsIsNormalisedWhenRead() {
        UUID region = region();
        SubjectRegistry.StoredPerson old = person("Vries, Jan de", LocalDate.of(1990, 5, 4));
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into subject (id, region_id, kind, label, created_at) values (?, ?, 'PERSON', 'J', ?)")
                .params(id, region, OffsetDateTime.now()).update();
        jdbc.sql("""
                insert into subject_person (subject_id, region_id, name, sex, age, date_of_birth, nationality,
                    observed_on)
                values (?, ?, ?, 'MALE', null, ?, 'Nederlandse', ?)""")
                .params(id, region, old.name(), old.dateOfBirth(), OBSERVED).update();
        BlockingKeys.of(old.normalised()).index().forEach(key -> jdbc.sql(
                "insert into subject_block (block_key, subject_id) values (?, ?)").params(key, id).update());

        List<SubjectRegistry.Candidate> found = registry.candidates(region,
                keys(person("Jan de Vries", LocalDate.of(1990, 5, 4))), Map.of());

        assertThat(found).singleElement().satisfies(c -> assertThat(c.person()).isEqualTo(old.normalised()));
    }

    @Test
    void aFrequentSurnameAndYearIsSearchedByTheInitialOfTheGivenName() {
        UUID region = region();
        for (int i = 0; i < BlockingKeys.FREQUENT; i++) {
            store(region, person("Karel Brinkhorst", LocalDate.of(1990, 1, 1 + i % 28)));
        }
        UUID jan = store(region, person("Jan Brinkhorst", LocalDate.of(1990, 5, 5)));

        assertThat(registry.candidates(region, keys(person("J. Brinkhorst", LocalDate.of(1990, 5, 5))), Map.of()))
                .extracting(SubjectRegistry.Candidate::subjectId).containsExactly(jan);
        assertThat(registry.candidates(region, keys(person("Karel Brinkhorst", LocalDate.of(1990, 1, 1))), Map.of()))
                .hasSize(BlockingKeys.FREQUENT);
    }

    /**
     * Decision 0040: a surname one edit away is found through the vocabulary of surnames, within the birth years,
     * and a destroyed person's surname leaves the vocabulary with the last person who carried it.
     */
    @Test
    void aSurnameOneEditAwayIsFoundThroughTheVocabularyOfSurnames() {
        UUID region = region();
        String syllables = syllables(4);
        String surname = "Mas" + syllables;
        String typo = "Max" + syllables;   // one substitution, another phonetic code ("mason" and "maxon")
        SubjectRegistry.StoredPerson karel = person("Karel " + surname, LocalDate.of(1990, 5, 5));
        UUID known = store(region, karel);
        UUID apart = store(region, person("Karel " + surname, LocalDate.of(1980, 5, 5)));
        // Another given name and a stated age: only the surname one edit away with the birth year finds it.
        SubjectRegistry.StoredPerson described = new SubjectRegistry.StoredPerson(UUID.randomUUID(),
                "Wim " + typo, Sex.MALE, 36, null, null, OBSERVED);
        BlockingKeys keys = BlockingKeys.of(described.normalised());
        assertThat(keys.lookup()).as("no other pass shares a key with the person")
                .noneMatch(k -> BlockingKeys.of(karel.normalised()).index().contains(k.key()));

        assertThat(registry.candidates(region, keys, Map.of())).extracting(SubjectRegistry.Candidate::subjectId)
                .containsExactly(known);

        String key = surname.toLowerCase();
        assertThat(spellings(key)).as("the surname and its spellings one letter shorter")
                .isEqualTo(surname.length() + 1);
        jdbc.sql("delete from subject where id = ?").param(known).update();
        assertThat(spellings(key)).as("another person still carries it").isNotZero();
        retention.delete(apart);
        assertThat(spellings(key)).as("gone with the last person who carried it").isZero();
    }

    /**
     * Decision 0041: a description with a surname searches the given name and year only among persons known by a
     * first name alone; a first name alone searches everyone with it.
     */
    @Test
    void theGivenNameAndYearFindsPersonsKnownByAFirstNameAlone() {
        UUID region = region();
        String given = "Fa" + syllables(3);   // a given name no other test uses, so that its keys stay small
        UUID alone = store(region, aged(given, 15));
        UUID other = store(region, aged(given + " Brinkhorst", 15));

        assertThat(registry.candidates(region, keys(aged(given + " Ouali", 15)), Map.of()))
                .extracting(SubjectRegistry.Candidate::subjectId).containsExactly(alone);
        assertThat(registry.candidates(region, keys(aged(given, 15)), Map.of()))
                .extracting(SubjectRegistry.Candidate::subjectId).containsExactlyInAnyOrder(alone, other);
    }

    private static String syllables(int count) {
        StringBuilder syllables = new StringBuilder();
        for (int i = 0; i < count; i++) {
            syllables.append("bdfklmnprtv".charAt((int) (Math.random() * 11)))
                    .append("aeiou".charAt((int) (Math.random() * 5)));
        }
        return syllables.toString();
    }

    private static SubjectRegistry.StoredPerson aged(String name, int age) {
        return new SubjectRegistry.StoredPerson(UUID.randomUUID(), name, Sex.FEMALE, age, null, null, OBSERVED);
    }

    /** Decision 0040: the candidate statement's generic plan is its own; the rest of the transaction plans as usual. */
    @Test
    void theGenericPlanOfTheCandidateStatementDoesNotOutliveIt() {
        UUID region = region();
        UUID jan = store(region, person("Jan Brinkhorst", LocalDate.of(1990, 5, 5)));
        String after = transaction.execute(status -> {
            assertThat(registry.candidates(region, keys(person("Jan Brinkhorst", LocalDate.of(1990, 5, 5))), Map.of()))
                    .extracting(SubjectRegistry.Candidate::subjectId).containsExactly(jan);
            return jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
        });
        assertThat(after).isEqualTo("auto");
    }

    private int spellings(String surnameKey) {
        return jdbc.sql("select count(*) from surname_spelling where surname_key = ?").param(surnameKey)
                .query(Integer.class).single();
    }

    /** Issue 11: the given-name variants in use are kept, by version, in the database. */
    @Test
    void theNameVariantsInUseAreKeptByVersion() {
        assertThat(jdbc.sql("select group_key from name_variant where version = ? and name = 'tima'")
                .param(nl.schakel.stacking.NameVariants.version()).query(String.class).single()).isEqualTo("fatima");
    }

    private UUID store(UUID region, SubjectRegistry.StoredPerson person) {
        NormalisedPerson normalised = person.normalised();
        return registry.newPerson(region, person, normalised, "P", BlockingKeys.of(normalised));
    }

    private static BlockingKeys keys(SubjectRegistry.StoredPerson person) {
        return BlockingKeys.of(person.normalised());
    }

    private static SubjectRegistry.StoredPerson person(String name, LocalDate dateOfBirth) {
        return new SubjectRegistry.StoredPerson(UUID.randomUUID(), name, Sex.MALE, null, dateOfBirth, "Nederlandse",
                OBSERVED);
    }

    private UUID region() {
        UUID region = UUID.randomUUID();
        jdbc.sql("insert into region (id, code, name) values (?, ?, ?)")
                .params(region, "T" + region.toString().substring(0, 8), "Test " + region).update();
        return region;
    }
}
