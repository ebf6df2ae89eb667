package nl.schakel.shelter;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One service of the region's care offer, as its provider describes it. Empty sets of forms or sexes mean "all".
 * A contra-indication in {@code withSupport} is acceptable when support is arranged; one only in
 * {@code contraIndications} excludes.
 */
public record CareService(UUID id, UUID providerOrganisationId, String providerName, String name, ServiceKind kind,
        Set<ExploitationForm> forms, Set<ServedSex> sexes, int minAge, int maxAge, Target target,
        boolean acceptsUndocumented, boolean acceptsUnaccompaniedMinors, Set<ServiceArea> areas,
        Set<ContraIndication> contraIndications, Set<ContraIndication> withSupport, Set<String> languages,
        IntakeRoute intakeRoute, Payer payer, int waitingDays, @Nullable LocalDate verifiedOn) implements java.io.Serializable {
}
