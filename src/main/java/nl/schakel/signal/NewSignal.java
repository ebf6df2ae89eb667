package nl.schakel.signal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A signal to record, as a channel (the intake module) received it: its content, already cleaned (filled-in
 * entries only, known catalogue codes only), and where it goes. Nothing of the reporter's identity.
 */
public record NewSignal(Origin origin, ReporterType reporterType, String description, @Nullable String observedWhen,
        @Nullable String locationAddress, Set<String> indicatorCodes, @Nullable String otherIndicators,
        Set<String> exploitationFormCodes, Set<Vulnerability> vulnerabilities, Flags flags,
        List<PersonEntry> persons, List<AddressEntry> addresses, List<OrganisationEntry> organisations,
        List<PhoneEntry> phones, List<OnlineEntry> onlineIdentities, List<VehicleEntry> vehicles) {

    /**
     * Where a new signal goes and how it was made.
     *
     * @param reporterKey who reported, as an opaque key for counting distinct reporters; null for an
     *     anonymous reporter, whose every signal then counts as another reporter
     */
    public record Origin(UUID regionId, @Nullable UUID municipalityId, UUID receivingOrganisationId, Channel channel,
            int catalogueVersion, @Nullable UUID managerUserId, @Nullable String reporterKey) {
    }

    /** The yes/no questions of the form. */
    public record Flags(boolean dangerToReporter, boolean dangerToVictim, boolean doNotInform, boolean acute,
            boolean smuggling, boolean discussedWithManager, boolean anonymous) {
    }
}
