package nl.schakel.organisations;

import org.jspecify.annotations.Nullable;

/** An organisation as other modules see it. */
public record Organisation(OrganisationId id, RegionId regionId, String name, OrganisationType type,
        @Nullable Department department, boolean active) {
}
