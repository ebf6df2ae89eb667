package nl.schakel.routing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.SharedPart;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The routing form: one row per possible partner; the ticked rows become referrals. What a row may say (the partner,
 * the legal basis, the dates) is the service's rule ({@code Referrals.check}); its refusals land on the row's fields.
 * {@code leftOutReason}: why a partner that must be asked (Nidos for an unaccompanied minor) is left out.
 */
@PartnerChosen
public record RoutingForm(@Valid @Nullable List<@Nullable Choice> partners,
        @Size(max = 2000, message = "{routing.leftOutReason.tooLong}") @Nullable String leftOutReason) {

    /** The partners ticked. */
    public java.util.Set<UUID> chosen() {
        return rows().stream().filter(Choice::isSelected).map(Choice::organisationId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The rows sent; a gap in the numbering (a row that was not sent) is no row. */
    public List<Choice> rows() {
        return partners == null ? List.of() : partners.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** One partner row. Unticked checkboxes are not sent: a missing value means no. */
    public record Choice(@Nullable UUID organisationId, @Nullable Boolean selected, @Nullable LegalBasis legalBasis,
            @Size(max = 500, message = "{routing.legalBasisText.tooLong}") @Nullable String legalBasisText,
            @Nullable Set<SharedPart> parts,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate feedbackDue,
            @Size(max = 2000, message = "{routing.note.tooLong}") @Nullable String note,
            @Nullable String contactEmail) {

        public boolean isSelected() {
            return Boolean.TRUE.equals(selected);
        }

        public boolean hasPart(SharedPart part) {
            return parts != null && parts.contains(part);
        }

        ReferralRequest request(LocalDate fallbackDue) {
            return new ReferralRequest(organisationId, legalBasis == null ? LegalBasis.OTHER : legalBasis,
                    legalBasisText, parts == null ? Set.of() : parts, feedbackDue == null ? fallbackDue : feedbackDue,
                    note, contactEmail);
        }
    }
}
