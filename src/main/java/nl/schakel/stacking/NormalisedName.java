package nl.schakel.stacking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person's name in comparable form.
 *
 * @param givenNames      folded given names in order; one letter each when only initials were known
 * @param particles       the surname's particles ("van der", "el"), kept apart so they do not decide a match
 * @param surnameKey      the surname without particles, spaces or punctuation ("amrani", "berg"); null when
 *                        only a first name or nickname is known
 * @param surnamePhonetic the Dutch-aware Double Metaphone codes of the surname key (primary first), empty
 *                        when there is no surname
 */
public record NormalisedName(List<String> givenNames, String particles, @Nullable String surnameKey,
                             List<String> surnamePhonetic) {

    public NormalisedName {
        givenNames = List.copyOf(givenNames);
        surnamePhonetic = List.copyOf(surnamePhonetic);
    }

    public @Nullable String firstGivenName() {
        return givenNames.isEmpty() ? null : givenNames.get(0);
    }

    /** True when the first given name is only an initial ("M." in "M. Amrani"). */
    public boolean firstGivenIsInitial() {
        String first = firstGivenName();
        return first != null && first.length() == 1;
    }

    public @Nullable String primaryPhonetic() {
        return surnamePhonetic.isEmpty() ? null : surnamePhonetic.get(0);
    }
}
