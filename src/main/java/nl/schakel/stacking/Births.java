package nl.schakel.stacking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.schakel.stacking.Evidence.Field;
import nl.schakel.stacking.Evidence.Outcome;

/**
 * Birth compared once, with the best information both sides have: date of birth against date of birth in levels
 * (exact, day and month swapped, a year typo with day and month equal, one digit off or two digits transposed in
 * day or month, the year only, years near or far apart), else a date of birth against a stated age, else two stated ages (issue 11: comparison levels).
 */
final class Births {

    private Births() {
    }

    static Evidence compare(NormalisedPerson a, NormalisedPerson b, MatchWeights weights) {
        if (a.dateOfBirth() != null && b.dateOfBirth() != null) {
            return datesOfBirth(a.dateOfBirth(), b.dateOfBirth(), weights);
        }
        if (a.dateOfBirth() != null && b.age() != null) {
            return dateOfBirthAndAge(a, b, weights);
        }
        if (b.dateOfBirth() != null && a.age() != null) {
            return dateOfBirthAndAge(b, a, weights);
        }
        if (a.age() != null && b.age() != null) {
            return ages(a, b, weights);
        }
        return Evidence.missing(Field.BIRTH);
    }

    private static Evidence datesOfBirth(LocalDate a, LocalDate b, MatchWeights weights) {
        int years = Math.abs(a.getYear() - b.getYear());
        if (a.equals(b)) {
            return of(Field.BIRTH, Outcome.AGREE, "DATE_OF_BIRTH_AGREE", weights);
        }
        if (years == 1 && a.getMonth() == b.getMonth() && a.getDayOfMonth() == b.getDayOfMonth()) {
            return of(Field.BIRTH, Outcome.PARTIAL, "DATE_OF_BIRTH_YEAR_TYPO", weights);
        }
        if (years == 0 && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth()) {
            return of(Field.BIRTH, Outcome.PARTIAL, "DATE_OF_BIRTH_DAY_MONTH_SWAPPED", weights);
        }
        // Within the birth year only: a year one digit off is a namesake born years apart as often as a typo.
        if (years == 0 && oneDigitOffOrTransposed(a.toString(), b.toString())) {
            return of(Field.BIRTH, Outcome.PARTIAL, "DATE_OF_BIRTH_ONE_DIGIT", weights);
        }
        if (years == 0) {
            return of(Field.BIRTH, Outcome.PARTIAL, "BIRTH_YEAR_AGREE", weights);
        }
        if (years <= 2) {
            return of(Field.BIRTH, Outcome.DISAGREE, "BIRTH_YEAR_NEAR", weights);
        }
        return of(Field.BIRTH, Outcome.DISAGREE, "BIRTH_YEAR_DISAGREE", weights);
    }

    /**
     * Whether a near-miss date of birth (day and month swapped, one digit off or transposed) is what lifts the
     * total to LINK: such a date is a namesake born weeks apart as often as a typo (held-out generator seed:
     * 23 of 38 false links), so it may support a proposal, never an automatic link on its own; the rest of the
     * evidence (names with a shared phone or address) must reach LINK without it.
     */
    static boolean nearMissDecides(List<Evidence> evidence, double total, MatchThresholds thresholds) {
        return evidence.stream().filter(e -> e.field() == Field.BIRTH && NEAR_MISSES.contains(e.reason()))
                .anyMatch(e -> thresholds.decide(total - e.weight()) != MatchScore.Decision.LINK);
    }

    private static final Set<String> NEAR_MISSES =
            Set.of("DATE_OF_BIRTH_DAY_MONTH_SWAPPED", "DATE_OF_BIRTH_ONE_DIGIT");

    /** Dates written alike but for one digit ("1944-08-05" / "1944-09-05") or two adjacent digits swapped. */
    static boolean oneDigitOffOrTransposed(String a, String b) {
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length() && i < b.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        if (a.length() != b.length() || differences == 0 || differences > 2) {
            return false;
        }
        return differences == 1 || first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }

    /** The stated age is compared with the age the date of birth gives on the date of that signal. */
    private static Evidence dateOfBirthAndAge(NormalisedPerson withDate, NormalisedPerson withAge,
                                              MatchWeights weights) {
        int difference = Math.abs(withDate.ageOn(withAge.observedOn()) - withAge.age());
        if (difference <= 2) {
            return of(Field.BIRTH, Outcome.AGREE, "AGE_CONSISTENT_WITH_BIRTH_YEAR", weights);
        }
        if (difference <= 5) {
            return of(Field.BIRTH, Outcome.PARTIAL, "AGE_ROUGHLY_CONSISTENT_WITH_BIRTH_YEAR", weights);
        }
        return of(Field.BIRTH, Outcome.DISAGREE, "AGE_INCONSISTENT_WITH_BIRTH_YEAR", weights);
    }

    /** Two stated ages, possibly years apart, are compared through the birth years they imply. */
    private static Evidence ages(NormalisedPerson a, NormalisedPerson b, MatchWeights weights) {
        int difference = Math.abs(a.birthYear() - b.birthYear());
        if (difference <= 2) {
            return of(Field.BIRTH, Outcome.AGREE, "AGE_CONSISTENT", weights);
        }
        if (difference <= 5) {
            return of(Field.BIRTH, Outcome.PARTIAL, "AGE_ROUGHLY_CONSISTENT", weights);
        }
        return of(Field.BIRTH, Outcome.DISAGREE, "AGE_DISAGREE", weights);
    }

    private static Evidence of(Field field, Outcome outcome, String reason, MatchWeights weights) {
        return new Evidence(field, outcome, weights.weight(reason), reason);
    }
}
