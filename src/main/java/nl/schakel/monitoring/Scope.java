package nl.schakel.monitoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whose figures: a region, narrowed to one municipality or sub-region when given.
 */
public record Scope(UUID regionId, @Nullable UUID municipalityId, @Nullable SubRegion subRegion) {

    public static Scope region(UUID regionId) {
        return new Scope(regionId, null, null);
    }

    public static Scope municipality(UUID regionId, UUID municipalityId) {
        return new Scope(regionId, municipalityId, null);
    }
}
