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

    @Test
    void aNewPersonIsStoredNormalisedAndReadBackAsTheMatcherComparesIt() {
        UUID region = region();
        SubjectRegistry.StoredPerson described = person("Mohamed el Amrani", LocalDate.of(2010, 1, 15));
        NormalisedPerson normalised = described.normalised();
        UUID id = registry.newPerson(region, described, normalised, "Mohamed el Amrani",
                BlockingKeys.of(normalised).index());

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
                insert into subject_person (subject_id, name, sex, age, date_of_birth, nationality, observed_on)
                values (?, ?, 'MALE', null, ?, 'Nederlandse', ?)""")
                .params(id, old.name(), old.dateOfBirth(), OBSERVED).update();
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

    /** Issue 11: the given-name variants in use are kept, by version, in the database. */
    @Test
    void theNameVariantsInUseAreKeptByVersion() {
        assertThat(jdbc.sql("select group_key from name_variant where version = ? and name = 'tima'")
                .param(nl.schakel.stacking.NameVariants.version()).query(String.class).single()).isEqualTo("fatima");
    }

    private UUID store(UUID region, SubjectRegistry.StoredPerson person) {
        NormalisedPerson normalised = person.normalised();
        return registry.newPerson(region, person, normalised, "P", BlockingKeys.of(normalised).index());
    }

    private static List<BlockingKeys.LookupKey> keys(SubjectRegistry.StoredPerson person) {
        return BlockingKeys.of(person.normalised()).lookup();
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
