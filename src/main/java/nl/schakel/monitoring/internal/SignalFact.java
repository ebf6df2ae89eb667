package nl.schakel.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.SignalDetail;
import nl.schakel.signal.SignalStatus;
import org.jspecify.annotations.Nullable;

/** What monitoring keeps of a signal: codes, dates and identifiers, never a name or free text. */
record SignalFact(UUID signalId, UUID regionId, @Nullable UUID municipalityId, UUID receivingOrganisationId,
        Instant receivedAt, String channel, String reporterType, boolean anonymous, AgeBand ageBand, String sex,
        Set<String> vulnerabilities, Set<String> forms, @Nullable String classification, @Nullable Instant triagedAt,
        @Nullable Instant routedAt, @Nullable Instant feedbackAt, @Nullable Instant informedAt,
        @Nullable Instant closedAt) {

    static final String NO_FORM = "NONE";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * @param receivingIsMunicipality when the signal names no municipality, the receiving organisation counts
     *        as its municipality if it is one
     */
    static SignalFact of(SignalDetail signal, UUID regionId, boolean receivingIsMunicipality,
            @Nullable String classification) {
        UUID municipality = signal.municipalityId() != null ? signal.municipalityId()
                : receivingIsMunicipality ? signal.receivingOrganisationId() : null;
        Optional<PersonEntry> counted = countedPerson(signal.persons());
        LocalDate receivedOn = LocalDate.ofInstant(signal.receivedAt(), AMSTERDAM);
        Set<String> forms = signal.exploitationForms().isEmpty() ? Set.of(NO_FORM) : signal.exploitationForms();
        return new SignalFact(signal.id().value(), regionId, municipality, signal.receivingOrganisationId(),
                signal.receivedAt(), signal.channel().name(), signal.reporterType().name(), signal.anonymous(),
                counted.map(p -> AgeBand.of(p.age(), p.dateOfBirth(), receivedOn)).orElse(AgeBand.UNKNOWN),
                counted.map(PersonEntry::sex).map(Enum::name).orElse(PersonEntry.Sex.UNKNOWN.name()),
                signal.vulnerabilities().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                forms, classification, first(signal, SignalStatus.IN_TRIAGE), first(signal, SignalStatus.ROUTED),
                first(signal, SignalStatus.FEEDBACK_RECEIVED), first(signal, SignalStatus.REPORTER_INFORMED),
                first(signal, SignalStatus.CLOSED));
    }

    /** The youngest possible victim whose age is known; else the youngest person; else the first. */
    private static Optional<PersonEntry> countedPerson(List<PersonEntry> persons) {
        List<PersonEntry> victims = persons.stream()
                .filter(p -> p.role() == PersonEntry.PersonRole.POSSIBLE_VICTIM).toList();
        List<PersonEntry> pool = victims.isEmpty() ? persons : victims;
        Comparator<PersonEntry> byAge = Comparator.comparing(SignalFact::sortAge);
        return pool.stream().min(byAge);
    }

    private static int sortAge(PersonEntry p) {
        if (p.age() != null) {
            return p.age();
        }
        return p.dateOfBirth() != null ? LocalDate.now(AMSTERDAM).getYear() - p.dateOfBirth().getYear() : 999;
    }

    private static @Nullable Instant first(SignalDetail signal, SignalStatus status) {
        return signal.history().stream().filter(c -> c.status() == status).map(SignalDetail.StatusChange::at)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
