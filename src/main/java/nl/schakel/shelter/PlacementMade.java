package nl.schakel.shelter;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person was placed: ids only. */
public record PlacementMade(UUID requestId, UUID serviceId, UUID providerOrganisationId,
        UUID requestingOrganisationId, @Nullable UUID trajectoryRef) {
}
