package nl.schakel.stacking;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The keys a database index finds candidate persons by, so that a new person is compared with a few known ones
 * instead of all. {@code index} are stored with the person; {@code lookup} are the narrowest of them to search
 * with. The keys of two persons that {@link PersonMatcher} could link overlap: birth years are bucketed
 * so that years up to two apart (the tolerance of stated ages) share a key, and everyone carries the broad
 * surname key, so a person without a known year still finds those with one.
 *
 * @param index  "sn:AMRN" (phonetic surname), "sny:AMRN:2009" (phonetic surname and birth year, one per
 *               year of the window), "gny:mohamed:2009" (given-name group and year, for persons known by a
 *               first name only)
 * @param lookup the keys to search with: the year keys when a year is known, else the broad key
 */
public record BlockingKeys(Set<String> index, Set<String> lookup) {

    public BlockingKeys {
        index = Set.copyOf(index);
        lookup = Set.copyOf(lookup);
    }

    public static BlockingKeys of(NormalisedPerson person) {
        Set<String> index = new LinkedHashSet<>();
        Set<String> lookup = new LinkedHashSet<>();
        NormalisedName name = person.name();
        String phonetic = name == null ? null : name.primaryPhonetic();
        String given = name == null ? null : name.firstGivenName();
        int[] years = yearWindow(person);
        if (phonetic != null) {
            index.add("sn:" + phonetic);
            for (int year = years[0]; year <= years[1]; year++) {
                index.add("sny:" + phonetic + ":" + year);
                lookup.add("sny:" + phonetic + ":" + year);
            }
            if (lookup.isEmpty()) {
                lookup.add("sn:" + phonetic);
            }
        } else if (given != null && given.length() > 1 && years[1] >= years[0]) {
            // A first name alone is too common to search by without a year.
            for (int year = years[0]; year <= years[1]; year++) {
                index.add("gny:" + GivenNames.canonical(given) + ":" + year);
                lookup.add("gny:" + GivenNames.canonical(given) + ":" + year);
            }
        }
        return new BlockingKeys(index, lookup);
    }

    /** The exact key of a phone number, to find persons tied to it. */
    public static String phone(String e164) {
        return "tel:" + e164;
    }

    /** The exact key of an address. */
    public static String address(AddressKey key) {
        return "adr:" + key.value();
    }

    /**
     * The birth years to key on: the (estimated) birth year ±1. A stated age at a date leaves two possible
     * birth years, so the window is one wider. {@code {1, 0}} (empty) when nothing is known.
     */
    private static int[] yearWindow(NormalisedPerson person) {
        @Nullable Integer year = person.birthYear();
        if (year == null) {
            return new int[] {1, 0};
        }
        int earliest = person.dateOfBirth() == null ? year - 1 : year;
        return new int[] {earliest - 1, year + 1};
    }
}
