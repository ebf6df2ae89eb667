package nl.schakel.stacking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * The keys a database index finds candidate persons by, so that a new person is compared with a few known ones
 * instead of all. {@code index} are stored with the person; {@code lookup} are the keys to search with, each
 * with the condition under which it is used (see {@link LookupKey}). A person is indexed under its exact
 * birth year (both possible years for a stated age) and searched with a window two years wider on each side,
 * so that persons whose birth years the matcher could still accept share a key.
 * <p>
 * Keys are bounded: a surname key that holds {@value #FREQUENT} persons or more is replaced by its refinement
 * with the initial of a given name ("snyi:AMRN:2009:m"), which holds roughly a tenth of them. Initials are
 * written as sound classes (c/k/q, f/v/w, i/j/y, s/z) and for the given name and its group's canonical name
 * ("Hans" is also "j" of Johannes), for all given names on both sides, so that what the matcher calls a
 * variant, an initial, another given name or a phonetic variant still shares a key. What the refinement can
 * lose is a misspelt first letter (reporters rarely get it wrong) or a nickname outside the given-name table.
 * Without a given name a frequent surname is searched by the exact date of birth ("snd:AMRN:2010-01-15"), and
 * not at all without one; the same holds for a frequent first name without a surname ("gnd:mohamed:2010-01-15"):
 * such a description can reach PROPOSE with the persons it then misses, not LINK (unless they share a phone or
 * address, which finds them anyway).
 *
 * @param index  "sn:AMRN" (phonetic surname), "sny:AMRN:2009" (and birth year), "sni:AMRN:m" and
 *               "snyi:AMRN:2009:m" (refined with an initial), "snd:AMRN:2009-01-15" (and date of birth),
 *               "gny:mohamed:2009" and "gnd:mohamed:2009-01-15" (given-name group and year or date of birth),
 *               "gno:mohamed:2009" (given-name group and year of a person known by a first name only),
 *               "sna:APLNSK:1990" (alternate phonetic code and year) and
 *               "sed:mason:1990" (the surname and year, searched by surnames one edit away; {@link SurnamePasses})
 * @param lookup the keys to search with
 * @param spellings the surname's spellings one edit away, with the birth years to search them in: the registry
 *               stores them in its vocabulary of surnames and searches the known surnames that share one
 *               ({@link SurnamePasses}); null without a surname and birth year
 */
public record BlockingKeys(Set<String> index, List<LookupKey> lookup, @Nullable SurnameSpellings spellings) {

    /** A key holding this many persons or more is too broad to search by when a refinement exists. */
    public static final int FREQUENT = 32;

    private static final String NO_INITIAL = "_";

    /** The given-name group and year of a person known by a first name only ("gno:fatima:2011"). */
    private static final String FIRST_NAME_ONLY = "gno:";

    /** Birth years up to this far apart still share a key. */
    static final int YEARS_APART = 2;

    /**
     * One key to search with, used when the key {@code unlessFrequent} (if any) holds fewer than
     * {@link #FREQUENT} persons and the key {@code ifFrequent} (if any) holds at least as many: a broad key is
     * used while it is small, its refinements once it is large, and a narrow enough key always.
     */
    public record LookupKey(String key, @Nullable String unlessFrequent, @Nullable String ifFrequent, Pass pass) {

        public LookupKey(String key, @Nullable String unlessFrequent, @Nullable String ifFrequent) {
            this(key, unlessFrequent, ifFrequent, Pass.of(key));
        }

        /** Whether to search by this key, given how many persons a key holds (it may stop counting at FREQUENT). */
        public boolean used(ToIntFunction<String> persons) {
            return (unlessFrequent == null || persons.applyAsInt(unlessFrequent) < FREQUENT)
                    && (ifFrequent == null || persons.applyAsInt(ifFrequent) >= FREQUENT);
        }
    }

    /**
     * The blocking passes whose union retrieves the candidates (issue 11), each selective and each with a cap on
     * hot keys; pair completeness is reported per pass by the benchmark.
     */
    public enum Pass {
        /** Phonetic surname with birth year ±2, refined by initial when frequent, or by date of birth. */
        SURNAME_AND_BIRTH,
        /** The exact date of birth with the given name's group: finds a surname with a typo. */
        BIRTH_DATE_AND_GIVEN_NAME,
        /**
         * The given name's group with the birth year ±2 (while the key is small): a surname missing on either side.
         * A description with a surname searches only the persons known by a first name alone (decision 0041).
         */
        GIVEN_NAME_AND_YEAR,
        /** Given name and surname swapped: the first given name searched as a surname. */
        SWAPPED_NAMES,
        /** The same phone number (not generic). */
        PHONE,
        /** The same address: postcode and number, or street, number and place (not generic). */
        ADDRESS,
        /** The same identity number, or the same postcode and house number of a residence, where a source has them. */
        IDENTITY_OR_RESIDENCE,
        /**
         * The surname's alternate Double Metaphone code with birth year ±2: a spelling whose primary code changed
         * may still have the other's code as its alternate, or the other way round (decision 0039).
         */
        ALTERNATE_PHONETIC,
        /**
         * The bounded fallback: the surname one edit away with birth year ±2 ({@link SurnamePasses}, decisions 0039
         * and 0040).
         */
        SURNAME_ONE_EDIT;

        /** The pass a key belongs to, by its prefix. */
        public static Pass of(String key) {
            if (key.startsWith("dgn:")) {
                return BIRTH_DATE_AND_GIVEN_NAME;
            }
            if (key.startsWith("gn")) {
                return GIVEN_NAME_AND_YEAR;
            }
            if (key.startsWith("tel:")) {
                return PHONE;
            }
            if (key.startsWith("id:") || key.startsWith("res:")) {
                return IDENTITY_OR_RESIDENCE;
            }
            if (key.startsWith("sna:")) {
                return ALTERNATE_PHONETIC;
            }
            if (key.startsWith("sed:")) {
                return SURNAME_ONE_EDIT;
            }
            return key.startsWith("adr:") ? ADDRESS : SURNAME_AND_BIRTH;
        }
    }

    public BlockingKeys {
        index = Set.copyOf(index);
        lookup = List.copyOf(lookup);
    }

    public static BlockingKeys of(NormalisedPerson person) {
        Set<String> index = new LinkedHashSet<>();
        List<LookupKey> lookup = new java.util.ArrayList<>();
        SurnameSpellings spellings = null;
        NormalisedName name = person.name();
        String phonetic = name == null ? null : name.primaryPhonetic();
        String given = name == null ? null : name.firstGivenName();
        Set<String> initials = initials(name);
        // A person without a given name is indexed under "_", which every refined lookup also searches.
        Set<String> indexed = initials.isEmpty() ? Set.of(NO_INITIAL) : initials;
        int[] years = birthYears(person);
        boolean yearKnown = years[1] >= years[0];
        if (phonetic != null) {
            String surname = "sn:" + phonetic;
            index.add(surname);
            indexed.forEach(i -> index.add("sni:" + phonetic + ":" + i));
            for (int year = years[0]; year <= years[1]; year++) {
                index.add("sny:" + phonetic + ":" + year);
                for (String initial : indexed) {
                    index.add("snyi:" + phonetic + ":" + year + ":" + initial);
                }
            }
            if (person.dateOfBirth() != null) {
                index.add("snd:" + phonetic + ":" + person.dateOfBirth());
            }
            if (yearKnown) {
                for (int year = years[0] - YEARS_APART; year <= years[1] + YEARS_APART; year++) {
                    refinable(lookup, "sny:" + phonetic + ":" + year, initials, Pass.SURNAME_AND_BIRTH);
                }
                SurnamePasses.alternate(name == null ? List.of() : name.surnamePhonetic(), years, initials, index,
                        lookup);
                String surnameKey = name == null ? null : name.surnameKey();
                if (surnameKey != null) {
                    spellings = SurnamePasses.oneEdit(surnameKey, years, index);
                }
                if (initials.isEmpty() && person.dateOfBirth() != null) {
                    // Without a given name only the date of birth narrows a frequent surname (and only a
                    // person with a date of birth can then reach LINK without a shared phone or address).
                    lookup.add(new LookupKey("snd:" + phonetic + ":" + person.dateOfBirth(), null,
                            "sny:" + phonetic + ":" + years[1]));
                }
            } else {
                refinable(lookup, surname, initials, Pass.SURNAME_AND_BIRTH);
            }
        }
        if (given != null && given.length() > 1 && !NameParser.PARTICLES.contains(given) && yearKnown) {
            // A first name is too common to search by without a year; with one, only while the key is small.
            String canonical = GivenNames.canonical(given);
            for (int year = years[0]; year <= years[1]; year++) {
                index.add("gny:" + canonical + ":" + year);
                if (phonetic == null) {
                    index.add(FIRST_NAME_ONLY + canonical + ":" + year);
                }
            }
            // Without a surname the given name and year is the name's only pass: all persons with it. With one, the
            // passes on the surname (phonetic, alternate, one edit) and the date of birth with the given name find
            // the same persons, so only those known by a first name alone (decision 0041): at 10^5 the pass brought
            // 88% of all candidates, and 3 of 8,061 true pairs no other pass found.
            String searched = phonetic == null ? "gny:" : FIRST_NAME_ONLY;
            for (int year = years[0] - YEARS_APART; year <= years[1] + YEARS_APART; year++) {
                String key = searched + canonical + ":" + year;
                lookup.add(new LookupKey(key, key, null));
            }
            if (person.dateOfBirth() != null) {
                index.add("gnd:" + canonical + ":" + person.dateOfBirth());
                lookup.add(new LookupKey("gnd:" + canonical + ":" + person.dateOfBirth(), null,
                        "gny:" + canonical + ":" + years[1]));
                if (phonetic != null) {
                    // Searched with a surname too: the date of birth and given name find a misspelt surname.
                    index.add("dgn:" + person.dateOfBirth() + ":" + canonical);
                    lookup.add(new LookupKey("dgn:" + person.dateOfBirth() + ":" + canonical, null, null));
                }
            }
            swapped(lookup, name, years);
        }
        for (String key : PersonDetails.keys(person)) {
            index.add(key);
            lookup.add(new LookupKey(key, key, null));   // exact, while it holds fewer than FREQUENT persons
        }
        return new BlockingKeys(index, lookup, spellings);
    }

    /**
     * The keys to search with, the surnames one edit away included: {@code known} gives the surnames the registry
     * knows that share one of the spellings (its vocabulary; the database resolves them in its statement instead).
     */
    public List<LookupKey> lookup(java.util.function.Function<Set<String>, java.util.Collection<String>> known) {
        if (spellings == null) {
            return lookup;
        }
        List<LookupKey> all = new java.util.ArrayList<>(lookup);
        all.addAll(spellings.lookup(known.apply(spellings.spellings())));
        return all;
    }

    /**
     * The first given name searched as a surname, within the years, with the initial of the surname as given name
     * ("snyi:MSN:1990:j" for "Mason, Jessica" written the other way round), while such a key is small: the persons
     * with that surname and year alone were a fifth of all candidates at 10^6 for 4 of 8,000 true pairs
     * (decision 0041).
     */
    private static void swapped(List<LookupKey> lookup, @Nullable NormalisedName name, int[] years) {
        String surname = name == null ? null : name.surnameKey();
        if (surname == null || name.firstGivenName() == null) {
            return;
        }
        List<String> codes = SurnamePhonetics.encode(name.firstGivenName());
        if (codes.isEmpty() || codes.get(0).equals(name.primaryPhonetic())) {
            return;
        }
        String initial = soundClass(surname.charAt(0));
        for (int year = years[0] - YEARS_APART; year <= years[1] + YEARS_APART; year++) {
            String key = "snyi:" + codes.get(0) + ":" + year + ":" + initial;
            lookup.add(new LookupKey(key, key, null, Pass.SWAPPED_NAMES));
        }
    }

    /** A broad key, searched while it is small, else by its refinements by initial (when there are any). */
    static void refinable(List<LookupKey> lookup, String key, Set<String> initials, Pass pass) {
        lookup.add(new LookupKey(key, key, null, pass));
        if (initials.isEmpty()) {
            return;
        }
        String refined = key.replaceFirst("^sn(y?):", "sn$1i:");
        initials.forEach(i -> lookup.add(new LookupKey(refined + ":" + i, null, key, pass)));
        lookup.add(new LookupKey(refined + ":" + NO_INITIAL, null, key, pass));
    }

    /** The sound classes of the initials of all given names and of their canonical names. */
    static Set<String> initials(@Nullable NormalisedName name) {
        Set<String> initials = new TreeSet<>();
        if (name == null) {
            return initials;
        }
        for (String given : name.givenNames()) {
            if (NameParser.PARTICLES.contains(given)) {
                continue;
            }
            initials.add(soundClass(given.charAt(0)));
            initials.add(soundClass(GivenNames.canonical(given).charAt(0)));
        }
        return initials;
    }

    private static String soundClass(char initial) {
        return switch (initial) {
            case 'c', 'k', 'q' -> "k";
            case 'f', 'v', 'w' -> "f";
            case 'i', 'j', 'y' -> "j";
            case 's', 'z' -> "s";
            default -> String.valueOf(initial);
        };
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
     * The possible birth years: the year of the date of birth, or the two years a stated age at a date leaves.
     * {@code {1, 0}} (empty) when nothing is known.
     */
    private static int[] birthYears(NormalisedPerson person) {
        @Nullable Integer year = person.birthYear();
        if (year == null) {
            return new int[] {1, 0};
        }
        return new int[] {person.dateOfBirth() == null ? year - 1 : year, year};
    }
}
