package nl.schakel.shelter;

import java.util.UUID;

/** A service's figures have not been updated for a day; its provider is reminded once per such lapse. */
public record CapacityNotCurrent(UUID serviceId, UUID providerOrganisationId) {
}
