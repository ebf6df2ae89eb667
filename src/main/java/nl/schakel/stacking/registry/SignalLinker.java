package nl.schakel.stacking.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.intake.PersonEntry;
import nl.schakel.intake.SignalId;
import nl.schakel.intake.SignalReceived;
import nl.schakel.intake.SignalView;
import nl.schakel.intake.Signals;
import nl.schakel.stacking.AddressKey;
import nl.schakel.stacking.BlockingKeys;
import nl.schakel.stacking.MatchScore;
import nl.schakel.stacking.Normalise;
import nl.schakel.stacking.NormalisedPerson;
import nl.schakel.stacking.PersonMatcher;
import nl.schakel.stacking.SharedContext;
import nl.schakel.stacking.Sex;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links every subject of a newly received signal to what the region already knows, before an officer
 * opens it: exact keys for phone numbers, addresses, KvK numbers, online identities and plates; for
 * persons, candidates by retrieval key and an explainable score (link, propose, or new).
 */
@Component
class SignalLinker {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Signals signals;
    private final SubjectRegistry registry;
    private final PersonMatcher matcher = new PersonMatcher();
    private final JsonMapper json;

    private final Escalation escalation;

    SignalLinker(Signals signals, SubjectRegistry registry, JsonMapper json, Escalation escalation) {
        this.signals = signals;
        this.registry = registry;
        this.json = json;
        this.escalation = escalation;
    }

    @ApplicationModuleListener
    void on(SignalReceived event) {
        SignalView signal = signals.forProcessing(event.signalId()).orElseThrow();
        UUID region = signals.regionOf(event.signalId()).orElseThrow();
        UUID id = signal.id().value();
        Map<SharedContext, Set<UUID>> exact = linkExact(region, signal);
        LocalDate observedOn = signal.receivedAt().atZone(AMSTERDAM).toLocalDate();
        for (PersonEntry entry : signal.persons()) {
            linkPerson(region, id, entry, observedOn, exact);
        }
        escalation.afterLinking(id);
    }

    private Map<SharedContext, Set<UUID>> linkExact(UUID region, SignalView signal) {
        UUID id = signal.id().value();
        Map<SharedContext, Set<UUID>> shared = new HashMap<>();
        signal.phones().forEach(p -> Normalise.phone(p.number()).ifPresent(e164 ->
                remember(shared, SharedContext.PHONE, exact(region, id, "PHONE", e164, e164))));
        signal.addresses().forEach(a -> Normalise.address(a.street(), a.houseNumber(), a.postcode(), a.city())
                .filter(key -> key.precision() == AddressKey.Precision.POSTCODE_AND_NUMBER)
                .ifPresent(key -> remember(shared, SharedContext.ADDRESS,
                        exact(region, id, "ADDRESS", key.value(), label(a)))));
        signal.onlineIdentities().forEach(o -> Normalise.online(o.handleOrUrl(), o.platform()).ifPresent(key ->
                remember(shared, SharedContext.ONLINE, exact(region, id, "ONLINE", key, key))));
        signal.organisations().forEach(o -> Normalise.kvkNumber(o.kvkNumber()).ifPresent(kvk ->
                exact(region, id, "ORGANISATION", kvk, (o.name() == null ? "" : o.name() + " ") + "KvK " + kvk)));
        signal.vehicles().forEach(v -> Normalise.licencePlate(v.licencePlate()).ifPresent(plate ->
                exact(region, id, "VEHICLE", plate, plate)));
        return shared;
    }

    private UUID exact(UUID region, UUID signal, String kind, String identity, String label) {
        UUID subject = registry.exact(region, kind, identity, label);
        registry.mention(signal, subject, "EXACT", null, null);
        return subject;
    }

    private void linkPerson(UUID region, UUID signal, PersonEntry entry, LocalDate observedOn,
            Map<SharedContext, Set<UUID>> shared) {
        SubjectRegistry.StoredPerson described = new SubjectRegistry.StoredPerson(UUID.randomUUID(), entry.name(),
                sex(entry.sex()), entry.age(), entry.dateOfBirth(), entry.nationality(), observedOn);
        NormalisedPerson person = described.normalised();
        BlockingKeys keys = BlockingKeys.of(person);
        Optional<Candidate> best = registry.candidates(region, keys.lookup()).stream()
                .map(candidate -> new Candidate(candidate.subjectId(),
                        matcher.compare(person, candidate.normalised(), sharedWith(candidate.subjectId(), shared))))
                .max(Comparator.comparingDouble(c -> c.score().weight()));
        String label = entry.name() == null || entry.name().isBlank() ? "?" : entry.name().strip();
        if (best.isPresent() && best.get().score().decision() == MatchScore.Decision.LINK) {
            registry.mention(signal, best.get().subject(), "LINKED", best.get().score().weight(),
                    json.writeValueAsString(best.get().score().evidence()));
            return;
        }
        UUID created = registry.newPerson(region, described, label, keys.index());
        registry.mention(signal, created, "NEW", null, null);
        best.filter(c -> c.score().decision() == MatchScore.Decision.PROPOSE).ifPresent(c -> registry.propose(created,
                c.subject(), signal, c.score().weight(), json.writeValueAsString(c.score().evidence())));
    }

    private Set<SharedContext> sharedWith(UUID candidate, Map<SharedContext, Set<UUID>> shared) {
        Set<UUID> around = registry.exactSubjectsAround(candidate);
        Set<SharedContext> contexts = EnumSet.noneOf(SharedContext.class);
        shared.forEach((context, subjects) -> {
            if (subjects.stream().anyMatch(around::contains)) {
                contexts.add(context);
            }
        });
        return contexts;
    }

    private static void remember(Map<SharedContext, Set<UUID>> shared, SharedContext context, UUID subject) {
        shared.computeIfAbsent(context, c -> new java.util.HashSet<>()).add(subject);
    }

    private static @org.jspecify.annotations.Nullable Sex sex(PersonEntry.@org.jspecify.annotations.Nullable Sex sex) {
        if (sex == null) {
            return null;
        }
        return switch (sex) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            default -> null;
        };
    }

    private static String label(nl.schakel.intake.AddressEntry a) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {a.street(), a.houseNumber(), a.postcode(), a.city()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return String.join(" ", parts);
    }

    private record Candidate(UUID subject, MatchScore score) {
    }
}
