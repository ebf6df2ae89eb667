package nl.schakel.shelter;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A placement request as its two sides see it: no address, no person, only the opaque references. */
public record Placement(UUID id, UUID serviceId, String serviceName, UUID providerOrganisationId,
        String providerName, UUID requestingOrganisationId, String requestingName, PlacementStatus status,
        @Nullable String declineReason, @Nullable UUID trajectoryRef, boolean coLocationWarning, Instant createdAt,
        Instant updatedAt) {
}
