package nl.schakel.stacking.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.stacking.MatchWeights;
import nl.schakel.stacking.NormalisedName;
import nl.schakel.stacking.NormalisedPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each surname and first given name is among a region's persons ({@code name_frequency}, V40_1): counted
 * anew by every refit for the version it stores, kept up to date as persons are stored ({@link #added}, decision
 * 0039), read by the matcher as {@link MatchWeights.TermFrequencies}.
 */
@Component
public class NameFrequencies {

    /** What a count is of. */
    enum Kind { SURNAME, GIVEN_NAME }

    /**
     * A name carried by fewer persons is not counted: it would point at one person after that person's records are
     * destroyed (until the next refit), and it weighs as its level's average, which is close for a rare name.
     */
    static final int SHARED_BY = 2;

    private final JdbcClient jdbc;

    NameFrequencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the region's names for a weights version, and forgets the counts of older versions. */
    void count(UUID region, int version) {
        jdbc.sql("delete from name_frequency where region_id = ? and version < ?").params(region, version).update();
        for (Kind kind : Kind.values()) {
            String value = column(kind);
            jdbc.sql("""
                    insert into name_frequency (region_id, version, kind, value, persons)
                    select s.region_id, ?, ?, %1$s, count(*) from subject s join subject_person p on p.subject_id = s.id
                    where s.region_id = ? and s.kind = ? and p.normalised and %1$s is not null
                    group by s.region_id, %1$s having count(*) >= ?""".formatted(value))
                    .params(version, kind.name(), region, SubjectRegistry.PERSON, SHARED_BY).update();
        }
    }

    /**
     * Counts the names of a person just stored (in the same transaction) into the region's newest counts: one more
     * for a name counted already; a name not counted yet is counted among the region's persons (indexed, V43_0) and
     * kept once {@link #SHARED_BY} persons carry it. Nothing while the region has no weights version (it scores
     * without term frequencies). A link adds no person, so it counts nothing; a merge or destruction lowers no count
     * until the next refit counts anew. The share stays out of the registry's size at the refit, so that between
     * refits a name looks a little more common than it is and weighs a little less (the cautious side). Two persons
     * with a new name stored at the same moment may each miss the other's count; the next refit corrects it.
     */
    void added(UUID region, NormalisedPerson person) {
        NormalisedName name = person.name();
        if (name == null || name.surnameKey() == null && name.firstGivenName() == null) {
            return;
        }
        Integer version = jdbc.sql("select max(version) from match_weights where region_id = ?").param(region)
                .query(Integer.class).optional().orElse(null);
        if (version != null) {
            added(region, version, Kind.SURNAME, name.surnameKey());
            added(region, version, Kind.GIVEN_NAME, name.firstGivenName());
        }
    }

    private void added(UUID region, int version, Kind kind, @Nullable String value) {
        if (value == null) {
            return;
        }
        int counted = jdbc.sql("""
                update name_frequency set persons = persons + 1
                where region_id = ? and version = ? and kind = ? and value = ?""")
                .params(region, version, kind.name(), value).update();
        if (counted == 0) {
            jdbc.sql("""
                    insert into name_frequency (region_id, version, kind, value, persons)
                    select ?, ?, ?, ?, count(*) from subject s join subject_person p on p.subject_id = s.id
                    where s.region_id = ? and s.kind = ? and p.normalised and %s = ?
                    having count(*) >= ? on conflict do nothing""".formatted(column(kind)))
                    .params(region, version, kind.name(), value, region, SubjectRegistry.PERSON, value, SHARED_BY).update();
        }
    }

    private static String column(Kind kind) {
        return kind == Kind.SURNAME ? "p.surname_key" : "p.given_names[1]";
    }

    /**
     * The names of a region as counted for a weights version, each share out of the registry's size; each value
     * looked up once (a matcher's frequencies serve the candidates of one described person). Not thread-safe.
     */
    MatchWeights.TermFrequencies of(UUID region, int version, int registrySize) {
        Map<String, Double> known = new HashMap<>();
        return new MatchWeights.TermFrequencies() {
            @Override
            public double surname(String surnameKey) {
                return known.computeIfAbsent("s:" + surnameKey, k -> share(Kind.SURNAME, surnameKey));
            }

            @Override
            public double givenName(String givenName) {
                return known.computeIfAbsent("g:" + givenName, k -> share(Kind.GIVEN_NAME, givenName));
            }

            private double share(Kind kind, String value) {
                return jdbc.sql("select persons from name_frequency where region_id = ? and version = ? and kind = ? "
                                + "and value = ?").params(region, version, kind.name(), value)
                        .query(Integer.class).optional()
                        .map(persons -> (double) persons / Math.max(1, registrySize)).orElse(Double.NaN);
            }
        };
    }
}
