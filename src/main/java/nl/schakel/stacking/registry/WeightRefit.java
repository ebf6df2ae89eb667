package nl.schakel.stacking.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.Evidence;
import nl.schakel.stacking.MatchThresholds;
import nl.schakel.stacking.MatchWeights;
import nl.schakel.stacking.PersonMatcher;
import nl.schakel.stacking.WeightFitting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every person of a region the retrieval keys of every pass (persons stored before a pass existed lack its
 * keys), then fits a region's weights on its own registry, without labels (decision 0037, as {@code Evaluate --fit} does on a
 * file): m by EM over the candidate pairs retrieval finds for every person of the region, u from pairs of its
 * persons drawn at random, prior odds 1 : the registry's size; stored as the region's next version
 * ({@link StoredWeights}). Run by the command {@code --schakel.command=stacking-refit} ({@link RefitCommand}).
 */
@Component
public class WeightRefit {

    static final int RANDOM_PAIRS = 200_000;

    private final SubjectRegistry registry;
    private final StoredWeights stored;
    private final JdbcClient jdbc;

    WeightRefit(SubjectRegistry registry, StoredWeights stored, JdbcClient jdbc) {
        this.registry = registry;
        this.stored = stored;
        this.jdbc = jdbc;
    }

    /** The regions that have persons in their registry. */
    public List<UUID> regions() {
        return jdbc.sql("select distinct region_id from subject where kind = ? order by region_id")
                .param(SubjectRegistry.PERSON).query(UUID.class).list();
    }

    /** What a refit stored, and how many retrieval keys it added to persons stored before their pass existed. */
    public record Refitted(UUID region, int version, StoredWeights.Fitted fitted, int keysAdded) {
    }

    /** Fits the region's weights, starting from those it scores with now, and stores them as its next version. */
    public Refitted refit(UUID region) {
        MatchWeights start = stored.latest(region);
        PersonMatcher matcher = new PersonMatcher(MatchThresholds.DEFAULTS, start);
        List<SubjectRegistry.Candidate> persons = registry.persons(region);
        int keysAdded = 0;
        for (SubjectRegistry.Candidate person : persons) {
            // Persons stored before a retrieval pass existed get its keys (decision 0039).
            keysAdded += registry.index(person.subjectId(), BlockingKeys.of(person.person()));
        }
        List<List<Evidence>> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SubjectRegistry.Candidate person : persons) {
            for (SubjectRegistry.Candidate other : registry.candidates(region,
                    BlockingKeys.of(person.person()), Map.of())) {
                if (!other.subjectId().equals(person.subjectId()) && seen.add(pair(person, other))) {
                    candidates.add(matcher.compare(person.person(), other.person()).evidence());
                }
            }
        }
        List<List<Evidence>> random = new ArrayList<>();
        long possible = (long) persons.size() * (persons.size() - 1) / 2;
        Random draw = new Random(region.getMostSignificantBits());
        for (int i = 0; i < Math.min(RANDOM_PAIRS, possible); i++) {
            int a = draw.nextInt(persons.size());
            int b = draw.nextInt(persons.size() - 1);
            random.add(matcher.compare(persons.get(a).person(), persons.get(b < a ? b : b + 1).person()).evidence());
        }
        MatchWeights fitted = WeightFitting.fit(candidates, random, persons.size(), start, "refit");
        StoredWeights.Fitted result = new StoredWeights.Fitted(fitted, persons.size(), candidates.size(),
                random.size());
        return new Refitted(region, stored.store(region, result), result, keysAdded);
    }

    private static String pair(SubjectRegistry.Candidate a, SubjectRegistry.Candidate b) {
        return a.subjectId().compareTo(b.subjectId()) < 0 ? a.subjectId() + ":" + b.subjectId()
                : b.subjectId() + ":" + a.subjectId();
    }
}
