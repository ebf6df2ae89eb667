package nl.schakel.routing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the officer decides for one partner.
 *
 * @param contactEmail where a secure link goes when the partner has no users in Schakel
 */
public record ReferralRequest(UUID partnerOrganisationId, LegalBasis legalBasis, @Nullable String legalBasisText,
        Set<SharedPart> parts, LocalDate feedbackDue, @Nullable String note, @Nullable String contactEmail) {
}
