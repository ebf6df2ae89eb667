package nl.schakel.signal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.attachments.AttachmentInfo;
import org.jspecify.annotations.Nullable;

/**
 * What the officer's signal page shows of a signal (and a partner of the parts shared with them), for those who
 * may see it. The reporter's identity and the conversation with them are not part of it (they are intake's).
 * Modules that only reason about a signal take {@link SignalFacts} or {@link SignalSubjects} instead.
 */
public record SignalDetail(SignalId id, String reference, SignalStatus status, Channel channel,
        ReporterType reporterType, @Nullable UUID municipalityId, UUID receivingOrganisationId, String description,
        @Nullable String observedWhen, @Nullable String locationAddress, int catalogueVersion, Set<String> indicators,
        @Nullable String otherIndicators, Set<String> exploitationForms, Set<Vulnerability> vulnerabilities,
        boolean dangerToReporter, boolean dangerToVictim, boolean doNotInform, boolean acute, boolean smuggling,
        boolean discussedWithManager, boolean anonymous, Instant receivedAt,
        List<PersonEntry> persons, List<AddressEntry> addresses, List<OrganisationEntry> organisations,
        List<PhoneEntry> phones, List<OnlineEntry> onlineIdentities, List<VehicleEntry> vehicles,
        List<AttachmentInfo> attachments, List<StatusChange> history) {

    /** The codes and flags of this signal that rules reason about. */
    public SignalFacts facts() {
        return SignalFacts.of(this);
    }

    /** One step on the route, when and by whom (a user id, or null for the reporter or the system). */
    public record StatusChange(SignalStatus status, Instant at, @Nullable UUID userId) {
    }
}
