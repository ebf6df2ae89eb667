package nl.schakel.stacking.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.schakel.stacking.MatchWeights;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each surname and first given name is among a region's persons ({@code name_frequency}, V40_1): counted
 * anew by every refit for the version it stores, read by the matcher as {@link MatchWeights.TermFrequencies}.
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
            String value = kind == Kind.SURNAME ? "p.surname_key" : "p.given_names[1]";
            jdbc.sql("""
                    insert into name_frequency (region_id, version, kind, value, persons)
                    select s.region_id, ?, ?, %1$s, count(*) from subject s join subject_person p on p.subject_id = s.id
                    where s.region_id = ? and s.kind = 'PERSON' and p.normalised and %1$s is not null
                    group by s.region_id, %1$s having count(*) >= ?""".formatted(value))
                    .params(version, kind.name(), region, SHARED_BY).update();
        }
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
