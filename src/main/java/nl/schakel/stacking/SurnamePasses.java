package nl.schakel.stacking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.schakel.stacking.BlockingKeys.LookupKey;
import nl.schakel.stacking.BlockingKeys.Pass;

/**
 * The two retrieval passes on the surname that catch what its primary phonetic code misses (issue 11, decision
 * 0039), both within the birth year ±{@value BlockingKeys#YEARS_APART} and both with a cap on hot keys:
 * <ul>
 *   <li>{@link Pass#ALTERNATE_PHONETIC}: the alternate Double Metaphone code. A person is indexed under it
 *   ("sna:"), and searched by its alternate among primary codes (refined by initial when frequent, as the primary
 *   is) and by each of its codes among alternate codes (while small).</li>
 *   <li>{@link Pass#SURNAME_ONE_EDIT}, the bounded fallback: the surnames one edit away, found through a deletion
 *   neighbourhood of the <em>surnames</em> the registry knows ({@link SurnameSpellings}). Every surname is known under
 *   itself and under every spelling with one letter left out ("mason": "ason", "mson", "maon", "masn", "maso"); two
 *   surnames one substitution, insertion, deletion or transposition apart always share such a spelling ("maxon" and
 *   "mason" share "maon", "wbeb" and "webb" share "wbb"), which the phonetic code does not promise. A person is
 *   indexed under its own surname with its birth year ("sed:mason:1990"), and searched under each known surname
 *   that shares a spelling with the one described, each while it holds fewer than {@link BlockingKeys#FREQUENT}
 *   persons. The neighbourhood belongs to the surname, not to each person (decision 0040): a registry of 10^7
 *   persons holds some 300,000 surnames, so the spellings take a few megabytes instead of ten keys per person, and a
 *   lookup searches the two or so surnames that exist instead of every spelling. A surname shorter than
 *   {@value #SHORTEST} letters is known only as it is: its shorter spellings are shared by too many others.</li>
 * </ul>
 */
final class SurnamePasses {

    /** The shortest surname whose spellings one letter shorter are keys too. */
    static final int SHORTEST = 4;

    private SurnamePasses() {
    }

    /** The alternate code's index and lookup keys; nothing to index when the surname has one code. */
    static void alternate(List<String> codes, int[] years, Set<String> initials, Set<String> index,
            List<LookupKey> lookup) {
        for (int year = years[0]; year <= years[1] && codes.size() > 1; year++) {
            index.add("sna:" + codes.get(1) + ":" + year);
        }
        for (int year = years[0] - BlockingKeys.YEARS_APART; year <= years[1] + BlockingKeys.YEARS_APART; year++) {
            if (codes.size() > 1) {
                BlockingKeys.refinable(lookup, "sny:" + codes.get(1) + ":" + year, initials, Pass.ALTERNATE_PHONETIC);
            }
            for (String code : codes) {
                String key = "sna:" + code + ":" + year;
                lookup.add(new LookupKey(key, key, null, Pass.ALTERNATE_PHONETIC));
            }
        }
    }

    /** The person's own one-edit index keys, and what its lookup searches one edit away (decision 0040). */
    static SurnameSpellings oneEdit(String surnameKey, int[] years, Set<String> index) {
        for (int year = years[0]; year <= years[1]; year++) {
            index.add(key(surnameKey, year));
        }
        return new SurnameSpellings(surnameKey, neighbourhood(surnameKey), years[0] - BlockingKeys.YEARS_APART,
                years[1] + BlockingKeys.YEARS_APART);
    }

    /** The surname and, when long enough, its spellings with one letter left out. */
    static Set<String> neighbourhood(String surnameKey) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(surnameKey);
        if (surnameKey.length() >= SHORTEST) {
            for (int i = 0; i < surnameKey.length(); i++) {
                spellings.add(surnameKey.substring(0, i) + surnameKey.substring(i + 1));
            }
        }
        return spellings;
    }

    static String key(String surname, int year) {
        return SurnameSpellings.PREFIX + surname + ":" + year;
    }
}
