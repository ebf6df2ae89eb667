package nl.schakel.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a contributing module counts: the whole region, or only what belongs to the listed municipalities (a
 * municipality's report, or a sub-region's municipalities).
 *
 * @param municipalities null for the whole region
 */
public record Area(UUID regionId, @Nullable Set<UUID> municipalities) {

    /** Matches no municipality: stands in for an empty list in {@code in (:municipalities)}. */
    private static final UUID NONE = new UUID(0, 0);

    public static Area region(UUID regionId) {
        return new Area(regionId, null);
    }

    public boolean whole() {
        return municipalities == null;
    }

    /**
     * The named parameters of an area filter in SQL: {@code :region}, {@code :whole} and {@code :municipalities}, as
     * in {@code region_id = :region and (:whole or municipality_id in (:municipalities))}.
     */
    public Map<String, Object> parameters() {
        return Map.of("region", regionId, "whole", whole(), "municipalities", municipalitiesOrNone());
    }

    /** The municipalities for SQL {@code in (:municipalities)}; one id that matches nothing when there are none. */
    public List<UUID> municipalitiesOrNone() {
        return municipalities == null || municipalities.isEmpty() ? List.of(NONE) : List.copyOf(municipalities);
    }
}
