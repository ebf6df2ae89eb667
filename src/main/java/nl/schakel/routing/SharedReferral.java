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
 * not shared is null (and absent from JSON). The weighing, the enrichment and the reporter's answers are as they
 * were when the referral was sent (decision 0035). Never the reporter's identity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SharedReferral(ReferralId id, String signalReference, String sendingOrganisationName,
        ReferralStatus status, LegalBasis legalBasis, @Nullable String legalBasisText, Set<SharedPart> parts,
        LocalDate feedbackDue, boolean overdue, Instant sentAt, @Nullable String note, boolean acute,
        @Nullable String declineReason, @Nullable String feedback, @Nullable Description description,
        @Nullable List<PersonEntry> persons, @Nullable OtherSubjects otherSubjects, @Nullable Indicators indicators,
        @Nullable Set<Vulnerability> vulnerabilities, @Nullable SafetyFlags safetyFlags, @Nullable Location location,
        @Nullable List<Attachment> attachments, @Nullable List<Entry> weighing, @Nullable List<Entry> enrichment,
        @Nullable List<Entry> reporterAnswers, List<FeedbackEntry> feedbackEntries) {

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

    /**
     * One entry of a captured part: {@link SharedPart#WEIGHING} (kind: the classification level, text: its
     * reasoning), {@link SharedPart#ENRICHMENT} (kind: the records checked, text: what was checked, detail: what was
     * found, or null when nothing was), {@link SharedPart#REPORTER_ANSWERS} (kind: TO_REPORTER or FROM_REPORTER,
     * text: the message).
     */
    public record Entry(String kind, String text, @Nullable String detail, @Nullable Instant at) {
    }

    /** One feedback the partner gave; feedback may be given more than once. */
    public record FeedbackEntry(String text, Instant givenAt, String organisationName) {
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The partner may still act: answer, give (more) feedback, or complete it. */
    public boolean withPartner() {
        return status.withPartner();
    }

    /** Feedback was given and the partner has not completed the referral: more feedback, or completing it. */
    public boolean mayComplete() {
        return status.mayMoveTo(ReferralStatus.CLOSED);
    }
}
