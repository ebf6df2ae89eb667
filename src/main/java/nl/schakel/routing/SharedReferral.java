package nl.schakel.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.OnlineEntry;
import nl.schakel.signal.OrganisationEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PhoneEntry;
import nl.schakel.signal.VehicleEntry;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;

/**
 * A referral as its partner sees it: only the parts the officer shared, filtered on the server. A part
 * not shared is null (and absent from JSON). Never the reporter's identity or the conversation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedReferral(ReferralId id, String signalReference, String sendingOrganisationName,
        ReferralStatus status, LegalBasis legalBasis, @Nullable String legalBasisText, Set<SharedPart> parts,
        LocalDate feedbackDue, boolean overdue, Instant sentAt, @Nullable String note, boolean acute,
        @Nullable String declineReason, @Nullable String feedback, @Nullable Description description,
        @Nullable List<PersonEntry> persons, @Nullable OtherSubjects otherSubjects, @Nullable Indicators indicators,
        @Nullable Set<Vulnerability> vulnerabilities, @Nullable SafetyFlags safetyFlags, @Nullable Location location,
        @Nullable List<Attachment> attachments) {

    /** {@link SharedPart#DESCRIPTION}. */
    public record Description(String text, @Nullable String observedWhen, Set<String> exploitationForms,
            boolean smuggling) {
    }

    /** {@link SharedPart#OTHER_SUBJECTS}. */
    public record OtherSubjects(List<OrganisationEntry> organisations, List<PhoneEntry> phones,
            List<OnlineEntry> onlineIdentities, List<VehicleEntry> vehicles) {
    }

    /** {@link SharedPart#INDICATORS}: catalogue codes and what else the reporter noticed. */
    public record Indicators(int catalogueVersion, Set<String> codes, @Nullable String other) {
    }

    /** {@link SharedPart#SAFETY_FLAGS}. */
    public record SafetyFlags(boolean dangerToReporter, boolean dangerToVictim, boolean doNotInform) {
    }

    /** {@link SharedPart#LOCATION}. */
    public record Location(@Nullable String locationAddress, List<AddressEntry> addresses) {
    }

    /** {@link SharedPart#ATTACHMENTS}: name and type only. */
    public record Attachment(String filename, String contentType, long size) {
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
