package nl.schakel.stacking.registry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalReceived;
import nl.schakel.signal.SignalSubjects;
import nl.schakel.signal.Signals;
import nl.schakel.stacking.MatchThresholds;
import nl.schakel.stacking.Normalise;
import nl.schakel.stacking.Sex;
import nl.schakel.stacking.SharedContext;
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
    private final SubjectLinking linking;
    private final Escalation escalation;
    private final ReviewQueue queue;

    SignalLinker(Signals signals, SubjectRegistry registry, JsonMapper json, Escalation escalation,
            ReviewQueue queue, StoredWeights weights) {
        this.queue = queue;
        this.signals = signals;
        this.linking = new SubjectLinking(registry, json, region -> weights.matcher(region, MatchThresholds.DEFAULTS));
        this.escalation = escalation;
    }

    @ApplicationModuleListener
    void on(SignalReceived event) {
        escalation.beforeLinking();
        SignalSubjects signal = signals.subjects(event.signalId()).orElseThrow();
        queue.held(signal.id().value(), signal.receivingOrganisationId());
        UUID region = signal.regionId();
        UUID id = signal.id().value();
        Map<SharedContext, Set<String>> exact = linkExact(region, signal);
        LocalDate observedOn = signal.receivedAt().atZone(AMSTERDAM).toLocalDate();
        for (PersonEntry entry : signal.persons()) {
            linkPerson(region, id, entry, observedOn, exact);
        }
        escalation.afterLinking(id);
    }

    /** Links the exact subjects; returns their identities per kind that persons can share. */
    private Map<SharedContext, Set<String>> linkExact(UUID region, SignalSubjects signal) {
        UUID id = signal.id().value();
        Map<SharedContext, Set<String>> shared = new HashMap<>();
        signal.phones().forEach(p -> Normalise.phone(p.number()).ifPresent(e164 -> {
            exact(region, id, "PHONE", e164, e164);
            remember(shared, SharedContext.PHONE, e164);
        }));
        signal.addresses().forEach(a -> Normalise.address(a.street(), a.houseNumber(), a.postcode(), a.city())
                .ifPresent(key -> {
                    exact(region, id, "ADDRESS", key.value(), label(a));
                    remember(shared, SharedContext.ADDRESS, key.value());
                }));
        signal.onlineIdentities().forEach(o -> Normalise.online(o.handleOrUrl(), o.platform()).ifPresent(key -> {
            exact(region, id, "ONLINE", key, key);
            remember(shared, SharedContext.ONLINE, key);
        }));
        signal.organisations().forEach(o -> Normalise.kvkNumber(o.kvkNumber()).ifPresent(kvk ->
                exact(region, id, "ORGANISATION", kvk, (o.name() == null ? "" : o.name() + " ") + "KvK " + kvk)));
        signal.vehicles().forEach(v -> Normalise.licencePlate(v.licencePlate()).ifPresent(plate ->
                exact(region, id, "VEHICLE", plate, plate)));
        return shared;
    }

    private UUID exact(UUID region, UUID signal, String kind, String identity, String label) {
        return linking.exact(region, signal, kind, identity, label);
    }

    private void linkPerson(UUID region, UUID signal, PersonEntry entry, LocalDate observedOn,
            Map<SharedContext, Set<String>> shared) {
        SubjectRegistry.StoredPerson described = new SubjectRegistry.StoredPerson(UUID.randomUUID(), entry.name(),
                sex(entry.sex()), entry.age(), entry.dateOfBirth(), entry.nationality(), observedOn);
        String label = entry.name() == null || entry.name().isBlank() ? "?" : entry.name().strip();
        linking.person(region, signal, described, label, shared);
    }

    private static void remember(Map<SharedContext, Set<String>> shared, SharedContext context, String identity) {
        shared.computeIfAbsent(context, c -> new java.util.HashSet<>()).add(identity);
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

    private static String label(nl.schakel.signal.AddressEntry a) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {a.street(), a.houseNumber(), a.postcode(), a.city()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return String.join(" ", parts);
    }
}
