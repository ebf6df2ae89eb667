package nl.schakel.routing.web;

import java.util.EnumSet;
import java.util.Set;

import nl.schakel.organisations.OrganisationType;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.SharedPart;

/** What the form proposes per kind of partner; the officer changes it where needed. */
final class RoutingDefaults {

    private RoutingDefaults() {
    }

    /**
     * Care coordination and Veilig Thuis work under the Wmo 2015; the police get acute and criminal matters
     * under the reporting right (meldcode/meldrecht); the labour inspectorate within the regional
     * partnership (WGS); care providers with the victim's consent.
     */
    static LegalBasis legalBasis(OrganisationType type) {
        return switch (type) {
            case CARE_COORDINATION, REPORTING_CENTRE -> LegalBasis.WMO_2015;
            case POLICE -> LegalBasis.MELDCODE;
            case LABOUR_INSPECTORATE -> LegalBasis.WGS;
            default -> LegalBasis.CONSENT;
        };
    }

    /**
     * Investigators get the whole signal but attachments; care partners what concerns the people involved. The
     * weighing, the enrichment and the reporter's answers are never ticked beforehand (decision 0035).
     */
    static Set<SharedPart> parts(OrganisationType type) {
        return switch (type) {
            case POLICE, LABOUR_INSPECTORATE -> {
                Set<SharedPart> parts = EnumSet.copyOf(SharedPart.ofSignal());
                parts.remove(SharedPart.ATTACHMENTS);
                yield parts;
            }
            default -> EnumSet.of(SharedPart.DESCRIPTION, SharedPart.PERSONS, SharedPart.VULNERABILITIES,
                    SharedPart.SAFETY_FLAGS);
        };
    }
}
