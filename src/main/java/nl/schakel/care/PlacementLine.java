package nl.schakel.care;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A placement of a trajectory, as the shelter module reports it: the service, its provider, who pays, and when. */
public record PlacementLine(String serviceName, UUID providerOrganisationId, String payer, LocalDate from,
        @Nullable LocalDate until) {
}
