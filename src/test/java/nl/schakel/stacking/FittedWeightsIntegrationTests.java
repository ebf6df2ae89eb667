package nl.schakel.stacking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.stacking.MatchWeights.Level;
import nl.schakel.stacking.registry.StoredWeights;
import nl.schakel.stacking.registry.SubjectRegistry;
import nl.schakel.stacking.registry.WeightRefit;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 11: fitted weights are stored and versioned per region (a refit stores the next version), and the
 * application's matcher scores with the region's newest version, the defaults while none.
 */
@SchakelIntegrationTest
class FittedWeightsIntegrationTests {

    private static final LocalDate OBSERVED = LocalDate.of(2026, 3, 1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubjectRegistry registry;

    @Autowired
    StoredWeights stored;

    @Autowired
    WeightRefit refit;

    @Test
    void aRefitStoresTheNextVersionOfTheRegionsWeights() {
        UUID region = newRegion();
        for (int i = 0; i < 40; i++) {
            String surname = StackTestSupport.surname("Ref", 3);
            LocalDate born = LocalDate.of(1970 + i % 40, 1 + i % 12, 1 + i % 28);
            store(region, surname, "Jan", born);
            store(region, surname, i % 3 == 0 ? "Johan" : "Jan", i % 4 == 0 ? born.plusDays(1) : born);
        }
        assertThat(stored.latest(region)).isSameAs(MatchWeights.DEFAULTS);

        WeightRefit.Refitted first = refit.refit(region);
        WeightRefit.Refitted second = refit.refit(region);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(first.fitted().registrySize()).isEqualTo(80);
        assertThat(first.fitted().candidatePairs()).isGreaterThanOrEqualTo(40);
        assertThat(stored.latest(region).version()).isEqualTo("2");
        assertThat(stored.latest(region).levels().get("SURNAME_AGREE"))
                .isEqualTo(second.fitted().weights().levels().get("SURNAME_AGREE"));
        assertThat(jdbc.sql("select count(*) from match_weights where region_id = ?").param(region)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theApplicationsMatcherScoresWithTheNewestVersionOfItsRegion() {
        String name = "Piet " + StackTestSupport.surname("Wgt", 3);
        UUID first = send(name);
        UUID region = jdbc.sql("select region_id from signal where id = ?").param(first).query(UUID.class).single();
        try {
            assertThat(outcome(send(name))).as("names alone, default weights").isNotEqualTo("LINKED");

            Map<String, Level> strong = new LinkedHashMap<>(MatchWeights.DEFAULTS.levels());
            strong.put("AGE_CONSISTENT", new Level(0.99, 1e-7));
            int persons = persons(region);
            stored.store(region, new StoredWeights.Fitted(MatchWeights.DEFAULTS.with(strong, "test"), persons, 0, 0));
            assertThat(outcome(send(name))).as("a newest version that trusts an agreeing age").isEqualTo("LINKED");

            stored.store(region, new StoredWeights.Fitted(MatchWeights.DEFAULTS, persons, 0, 0));
            assertThat(outcome(send(name))).as("the version after it, the defaults again").isNotEqualTo("LINKED");
        } finally {
            // Other tests of this region score with the defaults.
            jdbc.sql("delete from name_frequency where region_id = ?").param(region).update();
            jdbc.sql("delete from match_weights where region_id = ?").param(region).update();
        }
    }

    private UUID send(String name) {
        String description = "Melding over gewichten " + UUID.randomUUID();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("persons[0].name", name);
        form.put("persons[0].age", "15");
        form.put("description", description);
        form.put("municipalityId", jdbc.sql("select id from organisation where name = 'Gemeente Utrecht'")
                .query(UUID.class).single().toString());
        form.put("step", "send");
        assertThat(new WebSession(port).postAndFollow("/melden", form).body()).contains("Uw melding is verstuurd");
        UUID signal = jdbc.sql("select id from signal where description = ?").param(description).query(UUID.class)
                .single();
        StackTestSupport.awaitLinked(jdbc, signal);
        return signal;
    }

    /** Term frequencies: counted per region at the refit, an agreeing common surname then weighs less than a rare one. */
    @Test
    void anAgreeingCommonSurnameWeighsLessThanARareOneOnceTheRegionIsRefitted() {
        UUID region = newRegion();
        String common = StackTestSupport.surname("Com", 3);
        String rare = StackTestSupport.surname("Rar", 3);
        for (int i = 0; i < 30; i++) {
            store(region, common, "Kees", LocalDate.of(1960 + i, 3, 3));
            store(region, StackTestSupport.surname("Oth", 3), "Kees", LocalDate.of(1960 + i, 4, 4));
        }
        store(region, rare, "Kees", LocalDate.of(2001, 5, 5));
        store(region, rare, "Kees", LocalDate.of(2003, 6, 6));
        NormalisedPerson commonOne = person(common, LocalDate.of(1990, 1, 1));
        NormalisedPerson rareOne = person(rare, LocalDate.of(1990, 1, 1));
        assertThat(surnameWeight(region, commonOne)).as("defaults before a refit").isEqualTo(surnameWeight(region,
                rareOne));

        int version = refit.refit(region).version();

        assertThat(jdbc.sql("select persons from name_frequency where region_id = ? and version = ? and kind = ? "
                + "and value = ?").params(region, version, "SURNAME", commonOne.name().surnameKey())
                .query(Integer.class).single()).isEqualTo(30);
        assertThat(surnameWeight(region, commonOne)).isLessThan(surnameWeight(region, rareOne) - 3);
        assertThat(jdbc.sql("select count(*) from name_frequency where region_id = ? and persons < 2").param(region)
                .query(Integer.class).single()).as("a name one person carries is not kept").isZero();
    }

    /** Decision 0039: a person stored after the refit counts into its names' frequencies at once. */
    @Test
    void aSecondPersonWithTheSameSurnameRaisesItsCountAndLowersItsWeight() {
        UUID region = newRegion();
        for (int i = 0; i < 20; i++) {
            store(region, StackTestSupport.surname("Fil", 3), "Kees", LocalDate.of(1960 + i, 2, 2));
        }
        String surname = StackTestSupport.surname("Grw", 3);
        store(region, surname, "Kees", LocalDate.of(1980, 1, 1));
        int version = refit.refit(region).version();
        NormalisedPerson described = person(surname, LocalDate.of(1990, 1, 1));
        String key = described.name().surnameKey();
        assertThat(surnameCount(region, version, key)).as("a name one person carries is not kept").isEmpty();

        store(region, surname, "Piet", LocalDate.of(1985, 1, 1));
        assertThat(surnameCount(region, version, key)).as("the second person").contains(2);
        double two = surnameWeight(region, described);

        store(region, surname, "Joop", LocalDate.of(1986, 1, 1));
        assertThat(surnameCount(region, version, key)).as("the third person").contains(3);
        assertThat(surnameWeight(region, described)).as("a more common surname weighs less").isLessThan(two - 0.5);
    }

    /** Decision 0039: persons stored before a retrieval pass existed get its keys from the refit. */
    @Test
    void theRefitGivesPersonsTheKeysOfPassesAddedSinceTheyWereStored() {
        UUID region = newRegion();
        UUID person = store(region, StackTestSupport.surname("Old", 3), "Kees", LocalDate.of(1970, 2, 2));
        String family = StackTestSupport.surname("Oth", 3);
        for (int i = 0; i < 5; i++) {
            store(region, family, "Kees", LocalDate.of(1960 + i, 2, 2));
        }
        int removed = jdbc.sql("delete from subject_block where subject_id = ? and block_key like 'sed:%'")
                .param(person).update();
        assertThat(removed).as("a surname one edit away is a pass").isPositive();

        assertThat(refit.refit(region).keysAdded()).isEqualTo(removed);
        assertThat(jdbc.sql("select count(*) from subject_block where subject_id = ? and block_key like 'sed:%'")
                .param(person).query(Integer.class).single()).isEqualTo(removed);
    }

    private java.util.Optional<Integer> surnameCount(UUID region, int version, String surnameKey) {
        return jdbc.sql("select persons from name_frequency where region_id = ? and version = ? and kind = ? "
                + "and value = ?").params(region, version, "SURNAME", surnameKey).query(Integer.class).optional();
    }

    @Test
    void aLargerRegistryNeedsMoreEvidenceToLink() {
        MatchThresholds set = MatchThresholds.DEFAULTS;
        assertThat(set.forRegistry(500)).isEqualTo(set);
        assertThat(set.forRegistry(MatchThresholds.SET_FOR_PERSONS)).isEqualTo(set);
        assertThat(set.forRegistry(8 * MatchThresholds.SET_FOR_PERSONS).linkAt()).isCloseTo(set.linkAt() + 3, within(1e-9));
        assertThat(set.forRegistry(8 * MatchThresholds.SET_FOR_PERSONS).proposeAt()).isEqualTo(set.proposeAt());
    }

    private double surnameWeight(UUID region, NormalisedPerson person) {
        return stored.matcher(region, MatchThresholds.DEFAULTS).compare(person, person).evidence().stream()
                .filter(e -> e.field() == Evidence.Field.SURNAME).findFirst().orElseThrow().weight();
    }

    private static NormalisedPerson person(String surname, LocalDate born) {
        return new SubjectRegistry.StoredPerson(UUID.randomUUID(), "Kees " + surname, Sex.MALE, null, born,
                "Nederlandse", OBSERVED).normalised();
    }

    private int persons(UUID region) {
        return jdbc.sql("select count(*) from subject where region_id = ? and kind = 'PERSON'").param(region)
                .query(Integer.class).single();
    }

    private String outcome(UUID signal) {
        return jdbc.sql("""
                select m.outcome from subject_mention m join subject s on s.id = m.subject_id
                where m.signal_id = ? and s.kind = 'PERSON'""").param(signal).query(String.class).single();
    }

    private UUID store(UUID region, String surname, String givenName, LocalDate born) {
        SubjectRegistry.StoredPerson person = new SubjectRegistry.StoredPerson(UUID.randomUUID(),
                givenName + " " + surname, Sex.MALE, null, born, "Nederlandse", OBSERVED);
        NormalisedPerson normalised = person.normalised();
        return registry.newPerson(region, person, normalised, "P", BlockingKeys.of(normalised));
    }

    private UUID newRegion() {
        UUID region = UUID.randomUUID();
        jdbc.sql("insert into region (id, code, name) values (?, ?, ?)")
                .params(region, "W" + region.toString().substring(0, 8), "Test " + region).update();
        return region;
    }
}
