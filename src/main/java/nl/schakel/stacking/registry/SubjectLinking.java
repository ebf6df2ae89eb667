package nl.schakel.stacking.registry;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.MatchScore;
import nl.schakel.stacking.MatchThresholds;
import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.PersonMatcher;
import nl.schakel.stacking.SharedContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links one subject of a signal to the registry: an exact identity to its subject, a described person to the
 * best-scoring known person (link), or to a new subject, with the best candidate proposed when unsure. Used by
 * the intake listener ({@link SignalLinker}) and by the benchmark commands, so that both run the same code.
 */
public final class SubjectLinking {

    /** What became of a described person. */
    public enum Outcome { LINKED, NEW, NEW_AND_PROPOSED }

    private final SubjectRegistry registry;
    private final JsonMapper json;
    private final Function<UUID, PersonMatcher> matchers;

    /** Scores with the reasoned default weights in every region (the benchmark commands). */
    public SubjectLinking(SubjectRegistry registry, JsonMapper json, MatchThresholds thresholds) {
        this(registry, json, region -> new PersonMatcher(thresholds));
    }

    /**
     * @param matchers a region's matcher for one described person (the application: {@link StoredWeights#matcher},
     *                 the region's newest fitted weights)
     */
    public SubjectLinking(SubjectRegistry registry, JsonMapper json, Function<UUID, PersonMatcher> matchers) {
        this.registry = registry;
        this.json = json;
        this.matchers = matchers;
    }

    /** The subject of an exact identity (created when new), mentioned by the signal. */
    public UUID exact(UUID region, UUID signal, String kind, String identity, String label) {
        return registry.exactMentioned(region, signal, kind, identity, label);
    }

    /**
     * Links a described person of a signal.
     *
     * @param identities the exact identities (E.164 numbers, address keys, online keys) of the same signal
     */
    public Outcome person(UUID region, UUID signal, SubjectRegistry.StoredPerson described, String label,
            Map<SharedContext, Set<String>> identities) {
        NormalisedPerson person = described.normalised();
        BlockingKeys keys = BlockingKeys.of(person);
        PersonMatcher matcher = matchers.apply(region);
        Optional<Scored> best = registry.candidates(region, keys, identities).stream()
                .map(c -> new Scored(c.subjectId(), matcher.compare(person, c.person(), c.shared())))
                .max(Comparator.comparingDouble(c -> c.score().weight()));
        if (best.isPresent() && best.get().score().decision() == MatchScore.Decision.LINK) {
            registry.mention(signal, best.get().subject(), MentionOutcome.LINKED, best.get().score().weight(),
                    json.writeValueAsString(best.get().score().evidence()), label);
            return Outcome.LINKED;
        }
        UUID created = registry.newPerson(region, described, person, label, keys);
        registry.mention(signal, created, MentionOutcome.NEW, null, null, label);
        Optional<Scored> proposal = best.filter(c -> c.score().decision() == MatchScore.Decision.PROPOSE);
        proposal.ifPresent(c -> registry.propose(created, c.subject(), signal, c.score().weight(),
                json.writeValueAsString(c.score().evidence())));
        return proposal.isPresent() ? Outcome.NEW_AND_PROPOSED : Outcome.NEW;
    }

    private record Scored(UUID subject, MatchScore score) {
    }
}
