package nl.schakel.stacking.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.schakel.stacking.AddressKey;
import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.MatchScore;
import nl.schakel.stacking.MatchThresholds;
import nl.schakel.stacking.MatchWeights;
import nl.schakel.stacking.Residence;
import nl.schakel.stacking.Normalise;
import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.PersonMatcher;
import nl.schakel.stacking.Sex;
import nl.schakel.stacking.SharedContext;
import nl.schakel.stacking.SurnameSpellings;

/**
 * Our matcher over an in-memory index (key → reference positions): what the database-backed registry will do,
 * without the database. A query is normalised, its {@link BlockingKeys#lookup()} keys (each under its condition
 * on key frequency, as the registry's statement applies it) plus its exact phone and address keys retrieve
 * candidates, and each candidate is scored by {@link PersonMatcher}, with shared phone and
 * address as {@link SharedContext}.
 */
final class InMemoryRegistry {

    /** One scored candidate of a query, with the blocking passes that retrieved it. */
    record Scored(int reference, MatchScore score, Set<BlockingKeys.Pass> passes) {
    }

    /** What the registry holds per person. */
    record Entry(String id, NormalisedPerson person, @Nullable String phone, @Nullable String address) {
    }

    private PersonMatcher matcher = new PersonMatcher();
    private final LocalDate signalDate;
    private final Map<String, Integer> surnames = new HashMap<>();
    private final Map<String, Integer> givenNames = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, int[]> index = new HashMap<>();
    /** The vocabulary of surnames: per spelling the surnames that have it, in the order they came (decision 0040). */
    private final Map<String, Set<String>> spellings = new HashMap<>();
    private int[] seen = new int[0];
    private int stamp;

    InMemoryRegistry(LocalDate signalDate) {
        this.signalDate = signalDate;
    }

    void add(PersonRow row) {
        Entry entry = entry(row);
        int position = entries.size();
        entries.add(entry);
        if (entry.person().name() != null) {
            if (entry.person().name().surnameKey() != null) {
                surnames.merge(entry.person().name().surnameKey(), 1, Integer::sum);
            }
            if (entry.person().name().firstGivenName() != null) {
                givenNames.merge(entry.person().name().firstGivenName(), 1, Integer::sum);
            }
        }
        BlockingKeys blocking = BlockingKeys.of(entry.person());
        SurnameSpellings spelt = blocking.spellings();
        if (spelt != null) {
            spelt.spellings().forEach(s -> spellings.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(spelt.surname()));
        }
        Set<String> keys = new LinkedHashSet<>(blocking.index());
        exactKeys(entry, keys);
        for (String key : keys) {
            int[] ids = index.get(key);
            if (ids == null) {
                ids = new int[] {0, 0, 0, 0};
            } else if (ids[0] + 1 == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[++ids[0]] = position;   // ids[0] holds the count
            index.put(key, ids);
        }
    }

    Entry entry(int position) {
        return entries.get(position);
    }

    /** Scores with these weights from now on. */
    void weigh(MatchWeights weights) {
        matcher = new PersonMatcher(MatchThresholds.DEFAULTS, weights);
    }

    /** How common each surname and first given name is among the persons added so far (term frequencies). */
    MatchWeights.TermFrequencies frequencies() {
        return new MatchWeights.TermFrequencies() {
            @Override
            public double surname(String surnameKey) {
                return share(surnames, surnameKey);
            }

            @Override
            public double givenName(String givenName) {
                return share(givenNames, givenName);
            }
        };
    }

    private double share(Map<String, Integer> counts, String value) {
        Integer count = counts.get(value);
        return count == null || entries.isEmpty() ? Double.NaN : (double) count / entries.size();
    }

    /** Compares two entries as a candidate pair would be (for the random pairs of weight fitting). */
    MatchScore compare(Entry a, Entry b) {
        return score(a, b);
    }

    /** The candidates of a query, each scored; the list is in retrieval order. */
    List<Scored> match(PersonRow row) {
        Entry query = entry(row);
        Map<String, BlockingKeys.Pass> keys = new java.util.LinkedHashMap<>();
        for (BlockingKeys.LookupKey key : BlockingKeys.of(query.person()).lookup(this::sharing)) {
            if (key.used(this::persons)) {
                keys.putIfAbsent(key.key(), key.pass());
            }
        }
        Set<String> exact = new LinkedHashSet<>();
        exactKeys(query, exact);
        exact.forEach(key -> keys.putIfAbsent(key, BlockingKeys.Pass.of(key)));
        if (seen.length < entries.size()) {
            seen = new int[entries.size()];
        }
        stamp++;
        List<Scored> scored = new ArrayList<>();
        Map<Integer, Scored> byCandidate = new HashMap<>();
        for (Map.Entry<String, BlockingKeys.Pass> key : keys.entrySet()) {
            int[] ids = index.get(key.getKey());
            for (int i = 1; ids != null && i <= ids[0]; i++) {
                int candidate = ids[i];
                if (seen[candidate] != stamp) {
                    seen[candidate] = stamp;
                    Scored found = new Scored(candidate, score(query, entries.get(candidate)),
                            EnumSet.of(key.getValue()));
                    scored.add(found);
                    byCandidate.put(candidate, found);
                } else {
                    byCandidate.get(candidate).passes().add(key.getValue());
                }
            }
        }
        return scored;
    }

    /** The known surnames sharing a spelling, at most {@link BlockingKeys#FREQUENT} per spelling, as the registry. */
    private Set<String> sharing(Set<String> spelt) {
        Set<String> surnames = new LinkedHashSet<>();
        spelt.forEach(s -> spellings.getOrDefault(s, Set.of()).stream().limit(BlockingKeys.FREQUENT)
                .forEach(surnames::add));
        return surnames;
    }

    /** How many persons a key holds, as the registry counts them (up to {@link BlockingKeys#FREQUENT}). */
    private int persons(String key) {
        int[] ids = index.get(key);
        return ids == null ? 0 : Math.min(ids[0], BlockingKeys.FREQUENT);
    }

    private MatchScore score(Entry query, Entry candidate) {
        Set<SharedContext> shared = EnumSet.noneOf(SharedContext.class);
        if (query.phone() != null && query.phone().equals(candidate.phone())) {
            shared.add(SharedContext.PHONE);
        }
        if (query.address() != null && query.address().equals(candidate.address())) {
            shared.add(SharedContext.ADDRESS);
        }
        return matcher.compare(query.person(), candidate.person(), shared);
    }

    private static void exactKeys(Entry entry, Set<String> keys) {
        if (entry.phone() != null) {
            keys.add(BlockingKeys.phone(entry.phone()));
        }
        if (entry.address() != null) {
            keys.add("adr:" + entry.address());
        }
    }

    /** Given and surname columns become "Surname, Given", the order the name parser reads unambiguously. */
    Entry entry(PersonRow row) {
        // A surname alone is written "Surname," so that the parser does not take it for a first name.
        String name = row.surname().isBlank() ? row.given()
                : row.given().isBlank() ? row.surname() + "," : row.surname() + ", " + row.given();
        NormalisedPerson person = NormalisedPerson.of(name, sex(row.sex()), integer(row.age()), date(row.dateOfBirth()),
                row.nationality(), signalDate);
        // Any address: a Dutch postcode with the number, else street + number + place (issue 11).
        String address = Normalise.address(row.street(), row.houseNumber(), row.postcode(), row.place())
                .map(AddressKey::value).orElse(null);
        // Sources with an address per person written out (street or place) and an identity number: compared too.
        if (!row.street().isBlank() || !row.place().isBlank() || !row.identity().isBlank()) {
            person = person.withDetails(row.identity(), row.street().isBlank() && row.place().isBlank() ? null
                    : Residence.of(row.postcode(), row.street(), row.houseNumber(), row.place()));
        }
        return new Entry(row.id(), person, Normalise.phone(row.phone()).orElse(null), address);
    }

    static @Nullable Sex sex(String raw) {
        String value = raw.strip().toLowerCase();
        if (Set.of("f", "v", "female", "vrouw").contains(value)) {
            return Sex.FEMALE;
        }
        return Set.of("m", "male", "man").contains(value) ? Sex.MALE : null;
    }

    static @Nullable Integer integer(String raw) {
        return raw.isBlank() ? null : Integer.valueOf(raw.strip());
    }

    static @Nullable LocalDate date(String raw) {
        try {
            return raw.isBlank() ? null : LocalDate.parse(raw.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    int size() {
        return entries.size();
    }
}
