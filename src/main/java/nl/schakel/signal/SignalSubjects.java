package nl.schakel.signal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who and what a signal mentions, for linking them in the subject registry (stacking): the subjects, and where
 * and when the signal was received. Nothing of its story.
 */
public record SignalSubjects(SignalId id, UUID regionId, UUID receivingOrganisationId, Instant receivedAt,
        List<PersonEntry> persons, List<AddressEntry> addresses, List<OrganisationEntry> organisations,
        List<PhoneEntry> phones, List<OnlineEntry> onlineIdentities, List<VehicleEntry> vehicles) {

    static SignalSubjects of(SignalDetail signal, UUID regionId) {
        return new SignalSubjects(signal.id(), regionId, signal.receivingOrganisationId(), signal.receivedAt(),
                signal.persons(), signal.addresses(), signal.organisations(), signal.phones(),
                signal.onlineIdentities(), signal.vehicles());
    }
}
