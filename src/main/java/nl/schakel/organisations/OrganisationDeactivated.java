package nl.schakel.organisations;

/** Published when an organisation is deactivated: nobody may act for it any more. */
public record OrganisationDeactivated(OrganisationId organisationId) {
}
