package nl.schakel.shelter;

import java.util.UUID;

/** A care coordinator asks a provider for a place: ids only. */
public record PlacementRequested(UUID requestId, UUID serviceId, UUID providerOrganisationId) {
}
