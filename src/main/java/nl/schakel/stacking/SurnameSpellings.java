package nl.schakel.stacking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.schakel.stacking.BlockingKeys.LookupKey;
import nl.schakel.stacking.BlockingKeys.Pass;

/**
 * A surname's deletion neighbourhood, for the registry's vocabulary of surnames: stored for a person's surname
 * ({@code surname}, {@code spellings}), and searched with a described surname, whose lookup then searches every
 * known surname sharing one of its spellings within the birth years.
 *
 * @param surname   the surname key
 * @param spellings the surname and, when long enough, its spellings with one letter left out
 * @param fromYear  the first birth year searched
 * @param toYear    the last birth year searched
 */
public record SurnameSpellings(String surname, Set<String> spellings, int fromYear, int toYear) {

    /**
     * The prefix of a one-edit key, written prefix, surname, colon, birth year; the registry's statement writes the
     * keys of the surnames it finds the same way.
     */
    public static final String PREFIX = "sed:";

    public SurnameSpellings {
        spellings = Set.copyOf(spellings);
    }

    /** The lookup keys of the known surnames that share a spelling with this one, each while it is small. */
    public List<LookupKey> lookup(Collection<String> surnamesSharingASpelling) {
        List<LookupKey> lookup = new ArrayList<>();
        for (String known : surnamesSharingASpelling) {
            for (int year = fromYear; year <= toYear; year++) {
                String key = SurnamePasses.key(known, year);
                lookup.add(new LookupKey(key, key, null, Pass.SURNAME_ONE_EDIT));
            }
        }
        return lookup;
    }
}
