package nl.schakel.routing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.PartnerReferral;
import nl.schakel.routing.ReferralStatus;
import nl.schakel.routing.SharedPart;
import nl.schakel.routing.SharedReferral;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the partner API shows it, version 1: the API's own record, so the domain's
 * {@link SharedReferral} can change without changing the API. Ids are plain UUID strings. A part the
 * officer did not share is absent.
 */
@Schema(name = "Referral")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReferralV1(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED) String signalReference,
        @Schema(requiredMode = RequiredMode.REQUIRED) String sendingOrganisationName,
        @Schema(requiredMode = RequiredMode.REQUIRED) ReferralStatus status,
        @Schema(requiredMode = RequiredMode.REQUIRED) LegalBasis legalBasis,
        @Nullable String legalBasisText,
        @Schema(requiredMode = RequiredMode.REQUIRED) Set<SharedPart> parts,
        @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate feedbackDue,
        @Schema(requiredMode = RequiredMode.REQUIRED) boolean overdue,
        @Schema(requiredMode = RequiredMode.REQUIRED) Instant sentAt,
        @Nullable String note,
        @Schema(requiredMode = RequiredMode.REQUIRED) boolean acute,
        @Nullable String declineReason, @Nullable String feedback,
        SharedReferral.@Nullable Description description, @Nullable List<PersonEntry> persons,
        SharedReferral.@Nullable OtherSubjects otherSubjects, SharedReferral.@Nullable Indicators indicators,
        @Nullable Set<Vulnerability> vulnerabilities, SharedReferral.@Nullable SafetyFlags safetyFlags,
        SharedReferral.@Nullable Location location, @Nullable List<SharedReferral.Attachment> attachments,
        @Schema(description = "WEIGHING, as it was when the referral was sent: kind is the classification level, "
                + "text its reasoning") @Nullable List<PartEntry> weighing,
        @Schema(description = "ENRICHMENT, as it was when the referral was sent: kind is the records checked, text "
                + "what was checked, detail what was found (absent: nothing found)") @Nullable List<PartEntry> enrichment,
        @Schema(description = "REPORTER_ANSWERS, as it was when the referral was sent: kind is FROM_REPORTER or "
                + "TO_REPORTER; never who the reporter is") @Nullable List<PartEntry> reporterAnswers,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "Every feedback given, oldest first; "
                + "feedback holds the latest") List<Feedback> feedbackEntries) {

    static ReferralV1 of(SharedReferral r) {
        return new ReferralV1(r.id().value(), r.signalReference(), r.sendingOrganisationName(), r.status(),
                r.legalBasis(), r.legalBasisText(), r.parts(), r.feedbackDue(), r.overdue(), r.sentAt(), r.note(),
                r.acute(), r.declineReason(), r.feedback(), r.description(), r.persons(), r.otherSubjects(),
                r.indicators(), r.vulnerabilities(), r.safetyFlags(), r.location(), r.attachments(),
                PartEntry.of(r.weighing()), PartEntry.of(r.enrichment()), PartEntry.of(r.reporterAnswers()),
                r.feedbackEntries().stream().map(f -> new Feedback(f.text(), f.givenAt(), f.organisationName()))
                        .toList());
    }

    /** One entry of a part captured when the referral was sent (the weighing, the enrichment, the reporter's answers). */
    @Schema(name = "ReferralPartEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartEntry(@Schema(requiredMode = RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = RequiredMode.REQUIRED) String text, @Nullable String detail, @Nullable Instant at) {

        static @Nullable List<PartEntry> of(@Nullable List<SharedReferral.Entry> entries) {
            return entries == null ? null
                    : entries.stream().map(e -> new PartEntry(e.kind(), e.text(), e.detail(), e.at())).toList();
        }
    }

    /** One feedback the partner organisation gave. */
    @Schema(name = "ReferralFeedback")
    record Feedback(@Schema(requiredMode = RequiredMode.REQUIRED) String text,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant givenAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) String organisationName) {
    }

    /** A line in the list of referrals: no signal content. */
    @Schema(name = "ReferralSummary")
    record Summary(@Schema(requiredMode = RequiredMode.REQUIRED) UUID id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String signalReference,
            @Schema(requiredMode = RequiredMode.REQUIRED) String sendingOrganisationName,
            @Schema(requiredMode = RequiredMode.REQUIRED) ReferralStatus status,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate feedbackDue,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean overdue,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant sentAt) {

        static Summary of(PartnerReferral r) {
            return new Summary(r.id().value(), r.signalReference(), r.sendingOrganisationName(), r.status(),
                    r.feedbackDue(), r.overdue(), r.sentAt());
        }
    }
}
