package nl.schakel.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.schakel.access.SchakelUser;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.internal.ReferralStore;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Which partners an officer may route to, and whether a request to one of them may be sent as it is. */
@Component
class ReferralChecks {

    private static final int MAX_NOTE = 2000;
    private static final int MAX_BASIS_TEXT = 500;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Partner types: everything but municipalities and the chain director (who sees no individual cases). */
    private static final Set<OrganisationType> PARTNER_TYPES = EnumSet.complementOf(
            EnumSet.of(OrganisationType.MUNICIPALITY, OrganisationType.CHAIN_DIRECTOR));

    private final ReferralStore store;
    private final Organisations organisations;
    private final Clock clock;

    ReferralChecks(ReferralStore store, Organisations organisations, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The active partner organisations of the officer's region, their own organisation excepted. */
    List<Organisation> partners(SchakelUser officer) {
        return organisations.inRegion(new RegionId(officer.regionId())).stream()
                .filter(o -> o.active() && PARTNER_TYPES.contains(o.type())
                        && !o.id().value().equals(officer.organisationId()))
                .toList();
    }

    /**
     * @return the partner the request goes to
     * @throws ReferralRejectedException naming the field and the problem's message key
     */
    Organisation validate(SchakelUser officer, SignalId signal, ReferralRequest request) {
        Organisation partner = partners(officer).stream()
                .filter(o -> o.id().value().equals(request.partnerOrganisationId())).findFirst()
                .orElseThrow(() -> rejected("partnerOrganisationId", "routing.partner.invalid"));
        if (request.legalBasis() == LegalBasis.OTHER && blank(request.legalBasisText())) {
            throw rejected("legalBasisText", "routing.legalBasisText.required");
        }
        if (request.legalBasisText() != null && request.legalBasisText().length() > MAX_BASIS_TEXT) {
            throw rejected("legalBasisText", "routing.legalBasisText.tooLong");
        }
        if (request.parts().isEmpty()) {
            throw rejected("parts", "routing.parts.required");
        }
        if (request.feedbackDue().isBefore(LocalDate.now(clock))) {
            throw rejected("feedbackDue", "routing.feedbackDue.past");
        }
        if (request.feedbackDue().isAfter(LocalDate.now(clock).plusYears(1))) {
            throw rejected("feedbackDue", "routing.feedbackDue.tooFar");
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            throw rejected("note", "routing.note.tooLong");
        }
        if (!blank(request.contactEmail()) && !EMAIL.matcher(request.contactEmail().strip()).matches()) {
            throw rejected("contactEmail", "routing.contactEmail.invalid");
        }
        if (store.hasOpen(signal, partner.id().value())) {
            throw rejected("partnerOrganisationId", "routing.partner.alreadyOpen");
        }
        return partner;
    }

    static ReferralRejectedException rejected(String field, String key) {
        return new ReferralRejectedException(field, key);
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable String strip(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
