package nl.schakel.shelter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The care offer in the shape of Open Referral HSDS 3 (organization → service → service_capacity). Never a
 * location or address: shelter addresses are sealed (openreferral/specification#166).
 */
public final class Hsds {

    private Hsds() {
    }

    /** An HSDS organization with its services. */
    public record Organization(UUID id, String name, List<HsdsService> services) {
    }

    /** An HSDS service; the fields HSDS has no name for are in {@code attributes}. */
    public record HsdsService(UUID id, String name, String status, @Nullable LocalDate assured_date,
            List<Capacity> capacity, Map<String, Object> attributes) {
    }

    /** HSDS service_capacity: one figure per unit. */
    public record Capacity(UUID id, Unit unit, @Nullable Integer available, @Nullable Integer maximum,
            @Nullable String description, @Nullable Instant updated) {
    }

    /** HSDS unit. */
    public record Unit(String name, String scheme) {
    }

    public static List<Organization> of(List<CareService> services, Map<UUID, CapacityFigure> figures) {
        Map<UUID, List<HsdsService>> byProvider = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (CareService s : services) {
            names.put(s.providerOrganisationId(), s.providerName());
            CapacityFigure f = figures.get(s.id());
            List<Capacity> capacity = f == null ? List.of() : List.of(new Capacity(s.id(),
                    new Unit(f.unit(), "schakel"), f.available(), f.total(), f.status().name(), f.updatedAt()));
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("kind", s.kind().name());
            attributes.put("forms", names(s.forms()));
            attributes.put("sexes", names(s.sexes()));
            attributes.put("minimum_age", s.minAge());
            attributes.put("maximum_age", s.maxAge());
            attributes.put("target", s.target().name());
            attributes.put("accepts_undocumented", s.acceptsUndocumented());
            attributes.put("accepts_unaccompanied_minors", s.acceptsUnaccompaniedMinors());
            attributes.put("areas", names(s.areas()));
            attributes.put("contra_indications", names(s.contraIndications()));
            attributes.put("acceptable_with_support", names(s.withSupport()));
            attributes.put("languages", List.copyOf(s.languages()));
            attributes.put("intake_route", s.intakeRoute().name());
            attributes.put("payer", s.payer().name());
            attributes.put("waiting_days", s.waitingDays());
            byProvider.computeIfAbsent(s.providerOrganisationId(), k -> new ArrayList<>())
                    .add(new HsdsService(s.id(), s.name(), "active", s.verifiedOn(), capacity, attributes));
        }
        return byProvider.entrySet().stream()
                .map(e -> new Organization(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    private static List<String> names(java.util.Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
