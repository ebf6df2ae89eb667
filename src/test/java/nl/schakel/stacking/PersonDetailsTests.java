package nl.schakel.stacking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.schakel.stacking.Evidence.Field;
import nl.schakel.stacking.Evidence.Outcome;
import nl.schakel.stacking.MatchScore.Decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 11: what only some sources have per person (an identity number, a residence written out), weights by
 * reason code, weights fitted by EM, and term frequencies.
 */
class PersonDetailsTests {

    private static final LocalDate SIGNAL_DATE = LocalDate.of(2026, 3, 1);
    private static final LocalDate BORN = LocalDate.of(1923, 3, 1);

    private final PersonMatcher matcher = new PersonMatcher();

    private static NormalisedPerson person(String name, String identity, Residence residence) {
        return NormalisedPerson.of(name, null, null, BORN, null, SIGNAL_DATE).withDetails(identity, residence);
    }

    @Test
    void anAgreeingIdentityNumberOutweighsTheRuleThatAnotherGivenNameNeverLinks() {
        Residence home = Residence.of("3184", "pollard street", "35", "rosebud");
        NormalisedPerson known = person("Ryan, Edward", "4783010", home);
        MatchScore sameNumber = matcher.compare(known, person("Ryan, Amelia", "4783010", home));
        MatchScore noNumber = matcher.compare(known, person("Ryan, Amelia", "", home));
        assertThat(sameNumber.decision()).isEqualTo(Decision.LINK);
        // Without one, another given name with everything else agreeing is a twin as often as a misspelling.
        assertThat(noNumber.decision()).isEqualTo(Decision.PROPOSE);
        assertThat(noNumber.evidence()).extracting(Evidence::reason).contains("GIVEN_NAME_DISAGREES_NO_LINK");
        assertThat(matcher.compare(known, person("Ryan, Amelia", "4783001", home)).evidence())
                .extracting(Evidence::reason).contains("IDENTITY_SIMILAR", "GIVEN_NAME_DISAGREES_NO_LINK");
    }

    @Test
    void aResidenceIsComparedFieldByFieldSoThatATypoDoesNotLoseIt() {
        NormalisedPerson known = person("Noble, Jessica", "", Residence.of("2219", "tullaroop street", "42", "st james"));
        assertThat(residence(known, person("Noble, Jessica", "", Residence.of("2219", "tullarop street", "42",
                "st jmaes")))).isEqualTo("RESIDENCE_AGREE");
        assertThat(residence(known, person("Noble, Jessica", "", Residence.of("2219", "milne cove", "7",
                "beaconsfield")))).isEqualTo("RESIDENCE_WEAK");
        assertThat(residence(known, person("Noble, Jessica", "", Residence.of("4011", "milne cove", "7",
                "beaconsfield")))).isEqualTo("RESIDENCE_DISAGREE");
        // Signals have no residence per person: nothing is compared, and nothing weighs.
        assertThat(matcher.compare(NormalisedPerson.of("Jessica Noble", null, null, BORN, null, SIGNAL_DATE),
                known).evidence()).extracting(Evidence::field).doesNotContain(Field.RESIDENCE, Field.IDENTITY);
    }

    private String residence(NormalisedPerson a, NormalisedPerson b) {
        return matcher.compare(a, b).evidence().stream().filter(e -> e.field() == Field.RESIDENCE).findFirst()
                .orElseThrow().reason();
    }

    @Test
    void theDefaultWeightsAreTheReasonedLevelsByReasonCode() {
        assertThat(MatchWeights.DEFAULTS.weight("SURNAME_AGREE")).isCloseTo(Weights.SURNAME_AGREE.weight(),
                within(1e-9));
        assertThat(MatchWeights.DEFAULTS.weight("DATE_OF_BIRTH_AGREE")).isCloseTo(14.1, within(0.05));
        assertThat(MatchWeights.DEFAULTS.weight("GIVEN_NAME_DISAGREES_NO_LINK")).isZero();
    }

    /** A rare surname agreeing says more than a common one, with term frequencies. */
    @Test
    void termFrequenciesWeighAnAgreeingSurnameByHowCommonItIs() {
        MatchWeights byFrequency = MatchWeights.DEFAULTS.withFrequencies(new MatchWeights.TermFrequencies() {
            @Override
            public double surname(String surnameKey) {
                return surnameKey.equals("vries") ? 0.05 : 0.0001;
            }

            @Override
            public double givenName(String givenName) {
                return Double.NaN;
            }
        });
        PersonMatcher weighed = new PersonMatcher(MatchThresholds.DEFAULTS, byFrequency);
        double common = surnameWeight(weighed, "Jan de Vries");
        double rare = surnameWeight(weighed, "Jan Bullivant");
        assertThat(rare).isGreaterThan(common + 5);
        assertThat(surnameWeight(matcher, "Jan Bullivant")).isCloseTo(surnameWeight(matcher, "Jan de Vries"),
                within(1e-9));
    }

    private static double surnameWeight(PersonMatcher matcher, String name) {
        NormalisedPerson a = NormalisedPerson.of(name, null, null, BORN, null, SIGNAL_DATE);
        return matcher.compare(a, a).evidence().stream().filter(e -> e.field() == Field.SURNAME).findFirst()
                .orElseThrow().weight();
    }

    /**
     * EM recovers the m-probabilities of data generated with known ones: candidate pairs of which 40% are the same
     * person (surname agrees in 70% of them, against 1% of different people), random pairs almost all different.
     */
    @Test
    void expectationMaximisationRecoversTheMProbabilitiesOfGeneratedPairs() {
        Random random = new Random(3);
        List<List<Evidence>> candidates = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            boolean same = random.nextDouble() < 0.4;
            candidates.add(pair(random, same));
        }
        List<List<Evidence>> randomPairs = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            randomPairs.add(pair(random, false));
        }
        MatchWeights fitted = WeightFitting.fit(candidates, randomPairs, 100_000, MatchWeights.DEFAULTS, "test");
        assertThat(fitted.levels().get("SURNAME_AGREE").m()).isCloseTo(0.7, within(0.03));
        assertThat(fitted.levels().get("SURNAME_AGREE").u()).isCloseTo(0.01, within(0.003));
        assertThat(fitted.levels().get("DATE_OF_BIRTH_AGREE").m()).isCloseTo(0.8, within(0.03));
        assertThat(fitted.version()).isEqualTo("test");
        // What is not fitted keeps its reasoned level.
        assertThat(fitted.levels().get("SHARED_PHONE")).isEqualTo(MatchWeights.DEFAULTS.levels().get("SHARED_PHONE"));
    }

    private static List<Evidence> pair(Random random, boolean same) {
        boolean surname = random.nextDouble() < (same ? 0.7 : 0.01);
        boolean born = random.nextDouble() < (same ? 0.8 : 0.001);
        boolean given = random.nextDouble() < (same ? 0.75 : 0.02);
        return List.of(
                new Evidence(Field.SURNAME, surname ? Outcome.AGREE : Outcome.DISAGREE, 0,
                        surname ? "SURNAME_AGREE" : "SURNAME_DISAGREE"),
                new Evidence(Field.BIRTH, born ? Outcome.AGREE : Outcome.DISAGREE, 0,
                        born ? "DATE_OF_BIRTH_AGREE" : "BIRTH_YEAR_DISAGREE"),
                new Evidence(Field.GIVEN_NAME, given ? Outcome.AGREE : Outcome.DISAGREE, 0,
                        given ? "GIVEN_NAME_AGREE" : "GIVEN_NAME_DISAGREE"));
    }
}
