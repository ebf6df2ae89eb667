package nl.schakel.stacking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

import nl.schakel.stacking.Evidence.Field;
import nl.schakel.stacking.Evidence.Outcome;

/**
 * Scores whether two normalised persons are the same person, Fellegi–Sunter style: each field comparison adds
 * the log-likelihood weight of its outcome (see {@link Weights}), a missing value adds nothing, and the total is
 * decided against {@link MatchThresholds}. Every comparison is returned as {@link Evidence}, so a reviewer sees
 * why. Birth is compared once, with the best information both sides have (date of birth, else stated age), so
 * that one fact is not counted twice. Thread-safe.
 */
public final class PersonMatcher {

    private static final double SIMILAR = 0.9;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final MatchThresholds thresholds;
    private final MatchWeights weights;

    public PersonMatcher(MatchThresholds thresholds, MatchWeights weights) {
        this.thresholds = thresholds;
        this.weights = weights;
    }

    public PersonMatcher(MatchThresholds thresholds) {
        this(thresholds, MatchWeights.DEFAULTS);
    }

    public PersonMatcher() {
        this(MatchThresholds.DEFAULTS);
    }

    public MatchScore compare(NormalisedPerson a, NormalisedPerson b) {
        return compare(a, b, Set.of());
    }

    public MatchScore compare(NormalisedPerson a, NormalisedPerson b, Set<SharedContext> shared) {
        List<Evidence> evidence = new ArrayList<>(names(a.name(), b.name()));
        evidence.add(Births.compare(a, b, weights));
        evidence.add(sex(a.sex(), b.sex()));
        evidence.add(nationality(a.nationality(), b.nationality()));
        evidence.addAll(sharedContext(PersonDetails.compare(a, b, shared, weights, evidence)));
        double total = evidence.stream().mapToDouble(Evidence::weight).sum();
        MatchScore.Decision decision = thresholds.decide(total);
        Evidence disagreement = decision == MatchScore.Decision.LINK ? disagreement(evidence) : null;
        if (disagreement != null) {
            // Another first name or a birth years apart, with everything else agreeing, is a relative (a
            // sibling, a twin, a parent of the same name at the same address and phone) as often as a
            // misspelling: the Fellegi–Sunter sum assumes independence that a household does not have. A
            // person decides, never the matcher.
            evidence.add(new Evidence(Field.DECISION_RULE, Outcome.DISAGREE, 0,
                    disagreement.field() + "_DISAGREES_NO_LINK"));
            decision = MatchScore.Decision.PROPOSE;
        } else if (decision == MatchScore.Decision.LINK && Births.nearMissDecides(evidence, total, thresholds)) {
            evidence.add(new Evidence(Field.DECISION_RULE, Outcome.PARTIAL, 0, "BIRTH_NEAR_MISS_NO_LINK"));
            decision = MatchScore.Decision.PROPOSE;
        }
        return new MatchScore(total, Collections.unmodifiableList(evidence), decision);
    }

    /**
     * Surname and given name, in the order written and swapped (reporters swap them, especially in names
     * that are not Dutch): the swapped order counts only when both parts then agree at least partly and it
     * scores better, and it says so with its own evidence, which costs the weight of the swap itself.
     */
    private List<Evidence> names(@Nullable NormalisedName a, @Nullable NormalisedName b) {
        Evidence straightSurname = surname(a, b);
        Evidence straightGiven = givenName(a, b);
        List<Evidence> straight = List.of(straightSurname, straightGiven);
        if (a == null || b == null || straightSurname.outcome() != Outcome.DISAGREE
                && straightGiven.outcome() != Outcome.DISAGREE) {
            return straight;
        }
        String swappedGiven = a.surnameKey();
        String swappedSurname = withoutParticles(a.givenNames());
        if (swappedGiven == null || swappedSurname.isEmpty() || a.firstGivenIsInitial()) {
            return straight;
        }
        // The given name first: it needs no phonetic code, and most candidates fail it.
        Evidence given = givenName(new NormalisedName(List.of(swappedGiven), "", null, List.of()), b);
        if (given.outcome() == Outcome.DISAGREE || given.outcome() == Outcome.MISSING) {
            return straight;
        }
        Evidence surname = surname(new NormalisedName(List.of(swappedGiven), "", swappedSurname,
                SurnamePhonetics.encode(swappedSurname)), b);
        if (surname.outcome() == Outcome.DISAGREE || surname.outcome() == Outcome.MISSING) {
            return straight;
        }
        Evidence order = of(Field.NAME_ORDER, Outcome.PARTIAL, "NAME_ORDER_SWAPPED");
        double swappedWeight = surname.weight() + given.weight() + order.weight();
        return swappedWeight > straightSurname.weight() + straightGiven.weight()
                ? List.of(surname, given, order) : straight;
    }

    /** Given names read as a surname: "vd Hout" written where the given name belongs becomes "hout". */
    private static String withoutParticles(List<String> givenNames) {
        StringBuilder key = new StringBuilder();
        givenNames.stream().filter(name -> !NameParser.PARTICLES.contains(name)).forEach(key::append);
        return key.toString();
    }

    /**
     * The first disagreement on who someone is (given name, birth) that bars an automatic link; null if none. An
     * agreeing identity number, where a source has one, outweighs both (twins and namesakes have their own).
     */
    private static @Nullable Evidence disagreement(List<Evidence> evidence) {
        Evidence identity = find(evidence, Field.IDENTITY);
        if (identity != null && identity.outcome() == Outcome.AGREE) {
            return null;
        }
        Evidence birth = find(evidence, Field.BIRTH);
        if (birth != null && birth.outcome() == Outcome.DISAGREE) {
            return birth;
        }
        Evidence given = find(evidence, Field.GIVEN_NAME);
        if (given == null || given.outcome() != Outcome.DISAGREE) {
            return null;
        }
        // Only the same exact date of birth and a shared phone together outweigh another first name; a
        // surname with a household's phone or address, or with a date of birth, does not (brothers, sisters).
        boolean exactBirth = "DATE_OF_BIRTH_AGREE".equals(birth == null ? null : birth.reason());
        return exactBirth && find(evidence, Field.SHARED_PHONE) != null ? null : given;
    }

    private static @Nullable Evidence find(List<Evidence> evidence, Field field) {
        return evidence.stream().filter(e -> e.field() == field).findFirst().orElse(null);
    }

    /**
     * Shared phone and shared address are not independent: people who share a phone mostly share a home, so
     * on top of a shared phone a shared address adds only what it adds within a household.
     */
    private List<Evidence> sharedContext(Set<SharedContext> shared) {
        List<Evidence> evidence = new ArrayList<>();
        if (shared.contains(SharedContext.PHONE)) {
            evidence.add(of(Field.SHARED_PHONE, Outcome.AGREE, "SHARED_PHONE"));
        }
        if (shared.contains(SharedContext.ADDRESS)) {
            evidence.add(shared.contains(SharedContext.PHONE)
                    ? of(Field.SHARED_ADDRESS, Outcome.AGREE, "SHARED_ADDRESS_AND_PHONE")
                    : of(Field.SHARED_ADDRESS, Outcome.AGREE, "SHARED_ADDRESS"));
        }
        if (shared.contains(SharedContext.ONLINE)) {
            evidence.add(of(Field.SHARED_ONLINE, Outcome.AGREE, "SHARED_ONLINE"));
        }
        return evidence;
    }

    private Evidence surname(@Nullable NormalisedName a, @Nullable NormalisedName b) {
        if (a == null || b == null || a.surnameKey() == null || b.surnameKey() == null) {
            return Evidence.missing(Field.SURNAME);
        }
        if (a.surnameKey().equals(b.surnameKey())) {
            return new Evidence(Field.SURNAME, Outcome.AGREE, weights.agreeing("SURNAME_AGREE", a.surnameKey(), true),
                    "SURNAME_AGREE");
        }
        if (!Collections.disjoint(a.surnamePhonetic(), b.surnamePhonetic())) {
            return of(Field.SURNAME, Outcome.PARTIAL, "SURNAME_PHONETIC_AGREE");
        }
        if (similar(a.surnameKey(), b.surnameKey())) {
            return of(Field.SURNAME, Outcome.PARTIAL, "SURNAME_SIMILAR");
        }
        return of(Field.SURNAME, Outcome.DISAGREE, "SURNAME_DISAGREE");
    }

    private Evidence givenName(@Nullable NormalisedName a, @Nullable NormalisedName b) {
        String first = a == null ? null : a.firstGivenName();
        String other = b == null ? null : b.firstGivenName();
        if (a == null || b == null || first == null || other == null) {
            return Evidence.missing(Field.GIVEN_NAME);
        }
        if (a.firstGivenIsInitial() || b.firstGivenIsInitial()) {
            return initials(a.firstGivenIsInitial() ? a : b, a.firstGivenIsInitial() ? b : a);
        }
        if (first.equals(other)) {
            return new Evidence(Field.GIVEN_NAME, Outcome.AGREE, weights.agreeing("GIVEN_NAME_AGREE", first, false),
                    "GIVEN_NAME_AGREE");
        }
        if (GivenNames.sameGroup(first, other)) {
            return of(Field.GIVEN_NAME, Outcome.PARTIAL, "GIVEN_NAME_VARIANT");
        }
        if (!Collections.disjoint(a.givenNames(), b.givenNames())) {
            return of(Field.GIVEN_NAME, Outcome.PARTIAL, "GIVEN_NAME_OTHER_GIVEN_NAME");
        }
        if (similar(first, other)) {
            return of(Field.GIVEN_NAME, Outcome.PARTIAL, "GIVEN_NAME_SIMILAR");
        }
        return of(Field.GIVEN_NAME, Outcome.DISAGREE, "GIVEN_NAME_DISAGREE");
    }

    /** "M." agrees with Mohamed, and "J." with "Willem Johannes" (people are often called by a later name). */
    private Evidence initials(NormalisedName initialled, NormalisedName other) {
        char initial = initialled.givenNames().get(0).charAt(0);
        boolean agrees = other.givenNames().stream().anyMatch(name -> name.charAt(0) == initial);
        return agrees
                ? of(Field.GIVEN_NAME, Outcome.PARTIAL, "GIVEN_NAME_INITIAL_AGREE")
                : of(Field.GIVEN_NAME, Outcome.DISAGREE, "GIVEN_NAME_INITIAL_DISAGREE");
    }

    private Evidence sex(@Nullable Sex a, @Nullable Sex b) {
        if (a == null || b == null) {
            return Evidence.missing(Field.SEX);
        }
        return a == b
                ? of(Field.SEX, Outcome.AGREE, "SEX_AGREE")
                : of(Field.SEX, Outcome.DISAGREE, "SEX_DISAGREE");
    }

    private Evidence nationality(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return Evidence.missing(Field.NATIONALITY);
        }
        return a.equals(b)
                ? of(Field.NATIONALITY, Outcome.AGREE, "NATIONALITY_AGREE")
                : of(Field.NATIONALITY, Outcome.DISAGREE, "NATIONALITY_DISAGREE");
    }

    /**
     * Close enough to be a misspelling: Jaro–Winkler (which favours a shared beginning), or a typing error of
     * one edit (two in names of at least five letters) that Jaro–Winkler misses in short names ("Joest").
     */
    private static boolean similar(String a, String b) {
        if (JARO_WINKLER.apply(a, b) >= SIMILAR) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 3 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int distance = Text.editDistance(a, b);
        return distance <= 1 || distance <= 2 && shorter >= 5;
    }

    private Evidence of(Field field, Outcome outcome, String reason) {
        return new Evidence(field, outcome, weights.weight(reason), reason);
    }
}
