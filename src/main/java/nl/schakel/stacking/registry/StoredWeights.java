package nl.schakel.stacking.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nl.schakel.stacking.MatchThresholds;
import nl.schakel.stacking.MatchWeights;
import nl.schakel.stacking.MatchWeights.Level;
import nl.schakel.stacking.PersonMatcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fitted weights of every region, versioned ({@code match_weights}, V40_0): a refit stores the next version,
 * and the matcher scores with the newest, on top of {@link MatchWeights#DEFAULTS} (a level the version does not
 * hold keeps its reasoned default); a region never refitted scores with the defaults.
 */
@Component
public class StoredWeights {

    private static final TypeReference<Map<String, double[]>> LEVELS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final NameFrequencies frequencies;

    public StoredWeights(JdbcClient jdbc, JsonMapper json, Clock clock, NameFrequencies frequencies) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.frequencies = frequencies;
    }

    /** What a refit stored: the region's registry size and the pairs the fit saw. */
    public record Fitted(MatchWeights weights, int registrySize, int candidatePairs, int randomPairs) {
    }

    /** The weights the region's matcher scores with: its newest version, or the defaults while none. */
    public MatchWeights latest(UUID region) {
        return newest(region).map(Version::weights).orElse(MatchWeights.DEFAULTS);
    }

    /**
     * The matcher of a region: with its newest weights, agreeing names weighed by how common they are in the
     * region (as counted at that refit), and a link threshold raised by the prior odds of its registry's size
     * ({@link MatchThresholds#forRegistry}); while the region has no version, the defaults and {@code thresholds}.
     * One matcher per described person (its name frequencies are looked up once each).
     */
    public PersonMatcher matcher(UUID region, MatchThresholds thresholds) {
        return newest(region).map(v -> new PersonMatcher(thresholds.forRegistry(v.registrySize()),
                        v.weights().withFrequencies(frequencies.of(region, v.version(), v.registrySize()))))
                .orElseGet(() -> new PersonMatcher(thresholds));
    }

    private record Version(int version, MatchWeights weights, int registrySize) {
    }

    private Optional<Version> newest(UUID region) {
        return jdbc.sql("""
                select version, registry_size, cast(levels as text) as levels from match_weights where region_id = ?
                order by version desc limit 1""")
                .param(region)
                .query((rs, n) -> new Version(rs.getInt("version"), weights(rs.getInt("version"),
                        rs.getString("levels")), rs.getInt("registry_size")))
                .optional();
    }

    /**
     * Stores fitted weights as the region's next version, with the region's name frequencies counted for it;
     * returns that version (1 for the first).
     */
    public int store(UUID region, Fitted fitted) {
        Map<String, double[]> levels = new TreeMap<>();
        fitted.weights().levels().forEach((reason, level) -> levels.put(reason, new double[] {level.m(), level.u()}));
        int version = jdbc.sql("""
                insert into match_weights (region_id, version, fitted_at, registry_size, candidate_pairs,
                    random_pairs, levels)
                select ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, cast(? as jsonb)
                from match_weights where region_id = ? returning version""")
                .params(region, OffsetDateTime.now(clock), fitted.registrySize(), fitted.candidatePairs(),
                        fitted.randomPairs(), json.writeValueAsString(levels), region)
                .query(Integer.class).single();
        frequencies.count(region, version);
        return version;
    }

    private MatchWeights weights(int version, String stored) {
        Map<String, Level> levels = new TreeMap<>();
        json.readValue(stored, LEVELS).forEach((reason, mu) -> levels.put(reason, new Level(mu[0], mu[1])));
        return MatchWeights.DEFAULTS.with(levels, String.valueOf(version));
    }
}
